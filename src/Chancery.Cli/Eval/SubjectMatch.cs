using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Chancery.Cli.Eval;

/// <summary>
/// Subject comparison that allows for how the golden titles were made (corpus README point 3): WikiLeaks'
/// title is only the first physical line of the SUBJECT field, so it may be a prefix of ours (accepted when it
/// ends at a word boundary); it may run on into <c>REF:</c> or <c>Classified By</c> text (cut there), keep
/// <c>&lt;BR&gt;</c>, <c>strong&gt;</c> or a trailing <c>\</c> (removed), repeat the <c>SUBJECT:</c> keyword
/// (removed), lose the <c>(</c> of a portion mark (the mark is dropped) or the opening quote or bracket of the
/// title (opening quotes and brackets are ignored on both sides), or drop a trailing tasking code (the prefix
/// rule covers it); <c>XXXXXXXXXXXX</c> redactions match anything. Case, curly quotes and runs of white space
/// are ignored.
/// </summary>
internal static partial class SubjectMatch
{
    [GeneratedRegex(@"<\s*/?\s*BR\s*/?\s*>|</?[A-Za-z]+>|^[A-Za-z]+>", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupRemnant();

    [GeneratedRegex(@"^SUBJ(ECT)?\s*:\s*")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^\(?(U|C|S|TS|SBU|LOU|C/NF|S/NF|SBU/NF|SBU/N|S//NF|C//NF)\)\s*")]
    private static partial Regex PortionMark();

    [GeneratedRegex(@"\s+(?:REF|REFS|REF\(S\)|REFTEL|REFTELS)\s*[:.](?:\s.*)?$|\s+CLASSIFIED BY\b.*$")]
    private static partial Regex RunOn();

    [GeneratedRegex(@"X{4,}")]
    private static partial Regex Redaction();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static string Normalize(string subject)
    {
        var s = MarkupRemnant().Replace(WebUtility.HtmlDecode(subject), " ").ToUpperInvariant();
        s = s.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'');
        s = Space().Replace(s, " ").Trim().TrimEnd('\\').TrimEnd();
        s = PortionMark().Replace(s, "");
        s = PortionMark().Replace(Keyword().Replace(s, ""), "");
        return s.TrimStart('"', '\'', '(', '[');
    }

    /// <summary>Grades our subject against WikiLeaks' first-line title.</summary>
    public static Grade CompareTitle(string golden, string? ours)
    {
        var expected = RunOn().Replace(Normalize(golden), "").Trim();
        if (expected.Length == 0) return Grade.Ungradable;
        var actual = ours is null ? "" : Normalize(ours);
        var pattern = new StringBuilder("^");
        var parts = Redaction().Split(expected);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) pattern.Append(".*?");
            pattern.Append(Regex.Escape(parts[i]).Replace(@"\ ", @"\s*", StringComparison.Ordinal));
        }
        pattern.Append(@"(?=$|[^A-Z0-9])");
        var pass = ours is not null && Regex.IsMatch(actual, pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Grade.Of(pass, golden, ours, pass || ours is null ? null : "ours does not start with the golden title");
    }

    /// <summary>Grades our subject against cablemap's whole cleaned subject (<c>""</c> means the cable has none).</summary>
    public static Grade CompareWhole(string golden, string? ours)
    {
        if (golden.Length == 0) return Grade.Of(string.IsNullOrEmpty(ours), "(no subject)", ours);
        var pass = ours is not null && Squeeze(Normalize(ours)) == Squeeze(Normalize(golden));
        return Grade.Of(pass, golden, ours);
    }

    private static string Squeeze(string s) => Space().Replace(s, "");
}
