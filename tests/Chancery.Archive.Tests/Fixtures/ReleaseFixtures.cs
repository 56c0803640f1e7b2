using Chancery.Archive.Ingest;
using Chancery.Cables;

namespace Chancery.Archive.Tests.Fixtures;

/// <summary>
/// Cables written for the release tests: every level, NOFORN by banner and by portion, mixed portions, unmarked
/// paragraphs, NODIS, EXDIS, SIPDIS, DECL dates passed, future and absent, an explicit declassification. Every portion
/// carries a secret word of its own (<c>xqz</c> + case + portion), so a test can tell exactly which text reached whom.
/// </summary>
internal static class ReleaseFixtures
{
    /// <summary>One fixture cable and what the oracle needs to know of it.</summary>
    public sealed record Case(string Code, FixtureCable Cable, bool Declassify = false, bool DeclPassed = false)
    {
        public string Id => Cable.ReferenceId;

        public string SubjectWord => "xqz" + Code + "subj";

        /// <summary>The portions as (mark or "" when unmarked, secret word): the subject first.</summary>
        public IReadOnlyList<(string Mark, string Word)> Portions =>
            [(Cable.SubjectMark ?? "", SubjectWord), .. Cable.Paragraphs.Select((p, i) => (p.Mark, ParagraphWord(Code, i)))];
    }

    public static string ParagraphWord(string code, int index) => "xqz" + code + "para" + (char)('a' + index);

    /// <summary>The secret word only the first version of <see cref="Secret"/> has, in its SECRET paragraph.</summary>
    public const string OldVersionWord = "xqzsecoldtext";

    /// <summary>A cited cable id that is not in the archive.</summary>
    public const string AbsentId = "08STATE999";

    private static DateTime At(int month, int day) => new(2008, month, day, 9, 15, 0, DateTimeKind.Utc);

    private static FixtureCable Make(string code, string station, string ri, int serial, DateTime at, Classification level, string[] captions,
        string? subjectMark, string? refs, string[] marks, string decl = "03/01/2098") =>
        new(station, ri, serial, at, level, captions, ["PREL", "X" + code.ToUpperInvariant()],
            station + ": TOPIC " + ("xqz" + code + "subj").ToUpperInvariant(), refs,
            [.. marks.Select((m, i) => (m, "Officials discussed " + ParagraphWord(code, i) + " at length with the embassy."))],
            Decl: decl, SubjectMark: subjectMark);

    public static readonly Case Unclassified = new("unc", Make("unc", "LIMA", "RUEHPE", 101, At(1, 3), Classification.Unclassified, [], "U", "A. STATE 999 B. SEOUL 404", ["U", "U"]));
    public static readonly Case Lou = new("lou", Make("lou", "QUITO", "RUEHQT", 102, At(1, 9), Classification.LimitedOfficialUse, [], "LOU", null, ["LOU", "U"]));
    public static readonly Case Confidential = new("conf", Make("conf", "DAKAR", "RUEHDK", 103, At(2, 4), Classification.Confidential, ["SIPDIS"], "C", null, ["C", "U"]));
    public static readonly Case Secret = new("sec", Make("sec", "SEOUL", "RUEHUL", 404, At(2, 20), Classification.Secret, ["SIPDIS"], "U", "LIMA 101", ["S", "C", "U"]));
    public static readonly Case TopSecret = new("tops", Make("tops", "HANOI", "RUEHHI", 105, At(3, 5), Classification.TopSecret, [], "S", "ACCRA 109", ["TS", "S"]));
    public static readonly Case NoFornBanner = new("nfban", Make("nfban", "OTTAWA", "RUEHOT", 106, At(3, 28), Classification.Secret, ["NOFORN", "SIPDIS"], null, null, ["", ""]));
    public static readonly Case NoFornPortion = new("nfpor", Make("nfpor", "BERLIN", "RUEHRL", 107, At(4, 2), Classification.Confidential, ["SIPDIS"], "U", "SEOUL 404", ["C", "C/NF", "U"]));
    public static readonly Case Unmarked = new("unmk", Make("unmk", "MADRID", "RUEHMD", 108, At(4, 22), Classification.Secret, [], null, null, ["", "U", ""]));
    public static readonly Case Nodis = new("nodis", Make("nodis", "ACCRA", "RUEHAR", 109, At(5, 6), Classification.Secret, ["NODIS"], "U", null, ["S", "U"]));
    public static readonly Case Exdis = new("exdis", Make("exdis", "ROME", "RUEHRO", 110, At(5, 30), Classification.Confidential, ["EXDIS", "SIPDIS"], "U", "ACCRA 109", ["C", "U"]));
    public static readonly Case DeclPassed = new("dpast", Make("dpast", "CAIRO", "RUEHEG", 111, At(6, 11), Classification.Secret, [], "S", null, ["S", "C"], decl: "06/30/2010"), DeclPassed: true);
    public static readonly Case DeclFuture = new("dfut", Make("dfut", "TOKYO", "RUEHKO", 112, At(7, 1), Classification.Secret, [], "U", null, ["S", "U"], decl: "12/31/2099"));
    public static readonly Case DeclNone = new("dna", Make("dna", "PARIS", "RUEHFR", 113, At(8, 8), Classification.Confidential, [], "C", null, ["C"], decl: "N/A"));
    public static readonly Case DeclWord = new("dxone", Make("dxone", "LONDON", "RUEHLO", 114, At(9, 9), Classification.Secret, ["NOFORN"], "S", null, ["S/NF"], decl: "25X1"));
    public static readonly Case Declassified = new("dexp", Make("dexp", "ASTANA", "RUEHTA", 115, At(10, 10), Classification.Secret, [], "S", "HANOI 105", ["S", "S//NF"]), Declassify: true);
    public static readonly Case NodisDeclPassed = new("dnod", Make("dnod", "MOSCOW", "RUEHMO", 116, At(11, 11), Classification.Secret, ["NODIS"], "S", null, ["S"], decl: "01/01/2011"), DeclPassed: true);

    public static IReadOnlyList<Case> All { get; } =
        [Unclassified, Lou, Confidential, Secret, TopSecret, NoFornBanner, NoFornPortion, Unmarked, Nodis, Exdis, DeclPassed, DeclFuture,
         DeclNone, DeclWord, Declassified, NodisDeclPassed];

    /// <summary>The first text of <see cref="Secret"/>: another word in its SECRET paragraph.</summary>
    public static FixtureCable SecretFirstVersion => Secret.Cable with
    {
        Paragraphs = [("S", "Officials discussed " + OldVersionWord + " at length with the embassy."), .. Secret.Cable.Paragraphs.Skip(1)],
    };

    /// <summary>The records to ingest: the first version of the SECRET cable, then every case.</summary>
    public static IEnumerable<IngestRecord> Records =>
        [Record(SecretFirstVersion, "release/first.txt"), .. All.Select(c => Record(c.Cable, "release/" + c.Code + ".txt"))];

    private static IngestRecord Record(FixtureCable cable, string source) => new(cable.Text, source, null);
}
