using System.Globalization;
using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Eval;

/// <summary>
/// Grades each field of one cable against its golden metadata, fairly: what the text cannot state is not
/// graded, and a golden answer the text itself contradicts is <see cref="Outcome.Disputed"/>, not a failure.
/// The rules follow "What the golden metadata can and cannot tell you" in the corpus README (points 1-8).
/// </summary>
internal sealed class FieldGrader(Cable ours, GoldenCable golden, TextEvidence text)
{
    private const string WL = GoldenSource.WikiLeaks;
    private const string Csv = GoldenSource.CablesCsv;
    private const string Map = GoldenSource.Cablemap;

    public Grade Grade(string field) => field switch
    {
        EvalFields.ReferenceId => ReferenceId(),
        EvalFields.Created => Created(),
        EvalFields.Classification => Level(),
        EvalFields.Noforn => Noforn(),
        EvalFields.Sensitive => Sensitive(),
        EvalFields.Tags => Tags(),
        EvalFields.Subject => Subject(),
        EvalFields.References => References(),
        EvalFields.Origin => Origin(),
        EvalFields.RecipientsTo => Recipients("recipients_to", ours.To),
        EvalFields.RecipientsInfo => Recipients("recipients_info", ours.Info),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown field"),
    };

    /// <summary>The golden id repaired (README point 7); the year is only gradable when the text has a DTG (point 2).</summary>
    private Grade ReferenceId()
    {
        var raw = golden.First("reference_id", WL, Csv)?.String("reference_id");
        if (raw is null) return Eval.Grade.Ungradable;
        if (ours.ReferenceId is null && !text.HasDtg) return Eval.Grade.Ungradable;
        var expected = GoldenIds.Repair(raw);
        return Eval.Grade.Of(ours.ReferenceId == expected, expected, ours.ReferenceId,
            expected == raw ? null : $"published id {raw} repaired");
    }

    /// <summary>Date and hour; minutes only from cables.csv, whose minutes are real (point 1); no DTG in the text, no grade (point 2).</summary>
    private Grade Created()
    {
        var source = golden.First("created", Csv, WL);
        var raw = source?.String("created");
        if (source is null || raw is null) return Eval.Grade.Ungradable;
        if (ours.Created is null && !text.HasDtg) return Eval.Grade.Ungradable;
        var withMinutes = source.Kind == Csv;
        var format = withMinutes ? "M/d/yyyy H:mm" : "yyyy-MM-dd HH:mm";
        if (!DateTime.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected))
            return Eval.Grade.Ungradable;
        var shown = withMinutes ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH";
        var actual = ours.Created?.ToString(shown, CultureInfo.InvariantCulture);
        return Eval.Grade.Of(actual == expected.ToString(shown, CultureInfo.InvariantCulture),
            expected.ToString(shown, CultureInfo.InvariantCulture), actual);
    }

    /// <summary>The level before <c>//</c>; disputed when ours is what the ZNY line or classification line says (point 6).</summary>
    private Grade Level()
    {
        var raw = golden.First("classification", WL, Csv)?.String("classification");
        if (raw is null) return Eval.Grade.Ungradable;
        var expected = Names.ParseClassification(raw.Split("//")[0].Trim());
        if (expected is null) return Eval.Grade.Ungradable;
        var actual = ours.Classification;
        var grade = Eval.Grade.Of(actual == expected, Names.Of(expected.Value), actual is { } a ? Names.Of(a) : null);
        if (grade.Outcome == Outcome.Fail && actual is not null && (actual == text.EnvelopeLevel || actual == text.ClassificationLineLevel))
            return grade with { Outcome = Outcome.Disputed, Note = "the text's envelope or classification line agrees with ours" };
        return grade;
    }

    /// <summary>NOFORN in the golden classification vs our captions; the text is the better witness (point 6).</summary>
    private Grade Noforn()
    {
        var raw = golden.First("classification", WL, Csv)?.String("classification");
        if (raw is null) return Eval.Grade.Ungradable;
        var expected = raw.Contains("NOFORN", StringComparison.Ordinal);
        var actual = ours.Captions.Contains("NOFORN");
        var grade = Eval.Grade.Of(actual == expected, expected ? "NOFORN" : "(none)", actual ? "NOFORN" : "(none)");
        if (grade.Outcome == Outcome.Pass) return grade;
        if (actual && text.HeaderMentions("NOFORN"))
            return grade with { Outcome = Outcome.Disputed, Note = "the header says NOFORN" };
        if (!actual && !text.Mentions("NOFORN") && !text.Mentions("/NF"))
            return grade with { Outcome = Outcome.Disputed, Note = "the text never says NOFORN" };
        return grade;
    }

    /// <summary>SENSITIVE vs <c>FOR OFFICIAL USE ONLY</c>, on unclassified cables only (point 5).</summary>
    private Grade Sensitive()
    {
        var raw = golden.First("classification", WL)?.String("classification");
        if (raw is null || !raw.StartsWith("UNCLASSIFIED", StringComparison.Ordinal)) return Eval.Grade.Ungradable;
        var expected = raw.Contains("FOR OFFICIAL USE ONLY", StringComparison.Ordinal);
        var actual = ours.Captions.Contains("SENSITIVE");
        var grade = Eval.Grade.Of(actual == expected, expected ? "SENSITIVE" : "(none)", actual ? "SENSITIVE" : "(none)");
        if (grade.Outcome == Outcome.Pass) return grade;
        if (actual && (text.HeaderMentions("SENSITIVE") || text.HeaderMentions("SBU")))
            return grade with { Outcome = Outcome.Disputed, Note = "the header says SENSITIVE" };
        if (!actual && !text.Mentions("SENSITIVE") && !text.Mentions("SBU"))
            return grade with { Outcome = Outcome.Disputed, Note = "the text never says SENSITIVE or SBU" };
        return grade;
    }

    /// <summary>Sets of words, accepting a continuation line (point 4).</summary>
    private Grade Tags()
    {
        var source = golden.First("tags", Map) ?? golden.First("tags_wikileaks_linked", WL);
        var expected = source?.Strings(source.Kind == Map ? "tags" : "tags_wikileaks_linked");
        if (expected is null || expected.Count == 0) return Eval.Grade.Ungradable;
        return TagWords.Compare(expected, ours.Tags, text.TagsFieldWords);
    }

    /// <summary>cablemap's whole subject when there is one, else WikiLeaks' first-line title as a prefix (point 3).</summary>
    private Grade Subject()
    {
        if (golden.First("subject", Map)?.String("subject") is { } whole) return SubjectMatch.CompareWhole(whole, ours.Subject);
        var title = golden.First("subject_wikileaks_title", WL)?.String("subject_wikileaks_title");
        return string.IsNullOrWhiteSpace(title) ? Eval.Grade.Ungradable : SubjectMatch.CompareTitle(title, ours.Subject);
    }

    /// <summary>Sets of referenced cable ids (cables.csv column 6, else cablemap); references to itself not counted (point 8).</summary>
    private Grade References()
    {
        var source = golden.First("references", Csv) ?? golden.First("references_cables", Map);
        var expected = source?.Strings(source.Kind == Csv ? "references" : "references_cables");
        if (expected is null) return Eval.Grade.Ungradable;
        var self = new[] { ours.ReferenceId, GoldenIds.Repair(golden.ReferenceId) };
        var want = expected.Where(id => !self.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var have = ours.References.Select(r => r.ReferenceId).OfType<string>().Where(id => !self.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var missing = want.Except(have).ToList();
        var extra = have.Except(want).ToList();
        var note = missing.Count + extra.Count == 0 ? null
            : string.Join("; ", new[] { missing.Count > 0 ? "missing " + string.Join(' ', missing) : null, extra.Count > 0 ? "extra " + string.Join(' ', extra) : null }.OfType<string>());
        return Eval.Grade.Of(note is null, string.Join(' ', want.Order()), string.Join(' ', have.Order()), note);
    }

    /// <summary>Our station against the golden id's station part, or the golden origin name without its office word.</summary>
    private Grade Origin()
    {
        var source = golden.First("origin", Csv, WL);
        var name = source?.String("origin");
        var idStation = GoldenIds.Station(golden.First("reference_id", WL, Csv)?.String("reference_id") ?? golden.ReferenceId);
        if (name is null && idStation is null) return Eval.Grade.Ungradable;
        var fromName = name is null ? null : StationOfName(name);
        var pass = ours.Origin is not null && (ours.Origin == idStation || ours.Origin == fromName);
        return Eval.Grade.Of(pass, idStation ?? fromName, ours.Origin, name is null ? null : $"origin name '{name}'");
    }

    private static readonly string[] OfficeWords = ["Embassy ", "Consulate General ", "Consulate ", "US Mission ", "Mission ", "US Office ", "US Interests Section ", "Liaison Office "];

    private static string StationOfName(string name)
    {
        if (name == "Secretary of State") return "STATE";
        foreach (var word in OfficeWords)
            if (name.StartsWith(word, StringComparison.Ordinal)) { name = name[word.Length..]; break; }
        return new string(name.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
    }

    /// <summary>cablemap's recipients: same count, and each in order has the same address, and the same routing
    /// indicator, precedence and sequence where cablemap states one.</summary>
    private Grade Recipients(string field, EquatableList<Addressee> actual)
    {
        if (golden.First(field, Map)?.Element(field) is not { ValueKind: JsonValueKind.Array } list) return Eval.Grade.Ungradable;
        var expected = list.EnumerateArray().ToList();
        var pass = expected.Count == actual.Count;
        for (var i = 0; pass && i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            pass = Same(Text(e, "name"), a.Address)
                && (Text(e, "route") is not { } route || route == a.RoutingIndicator)
                && (Text(e, "precedence") is not { } precedence || precedence == a.PrecedenceText)
                && (Text(e, "mcn") is not { } mcn || (int.TryParse(mcn, CultureInfo.InvariantCulture, out var n) && n == a.Sequence));
        }
        return Eval.Grade.Of(pass, string.Join("; ", expected.Select(Describe)), string.Join("; ", actual.Select(Describe)));
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Same(string? a, string b) => a is not null && string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)) == string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Describe(JsonElement e) => $"{Text(e, "route")}/{Text(e, "name")} {Text(e, "precedence")} {Text(e, "mcn")}".Trim();

    private static string Describe(Addressee a) => $"{a.RoutingIndicator}/{a.Address} {a.PrecedenceText} {a.Sequence?.ToString("D4", CultureInfo.InvariantCulture)}".Trim();
}
