using System.Globalization;
using System.Text;
using Chancery.Cables;

namespace Chancery.Cli.Output;

/// <summary>The human summary <c>chancery parse --text</c> prints: a few lines per cable, blank line after.</summary>
internal static class TextSummary
{
    public static string Of(Cable cable)
    {
        var s = new StringBuilder();
        var source = cable.Source is { } src ? $"{src.Path ?? "(no path)"} #{src.Index}" : "(built in code)";
        s.Append(source).Append(": ").Append(cable.ReferenceId ?? "(no reference id)").Append('\n');
        Line(s, "created", cable.Created?.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture));
        Line(s, "precedence", cable.Precedence is { } p ? Names.Of(p) : null);
        var level = cable.Classification is { } c ? Names.Of(c) : null;
        Line(s, "classification", level is null ? null : cable.Captions.Count == 0 ? level : $"{level} ({string.Join(", ", cable.Captions)})");
        if (cable.Sections is { } sections)
            Line(s, "sections", $"{string.Join(", ", sections.Present)} of {sections.Count}");
        Line(s, "from", cable.From?.Address);
        Line(s, "to", Addresses(cable.To));
        Line(s, "info", Addresses(cable.Info));
        Line(s, "tags", cable.Tags.Count == 0 ? null : string.Join(' ', cable.Tags));
        Line(s, "subject", cable.Subject);
        Line(s, "references", cable.References.Count == 0 ? null
            : string.Join("; ", cable.References.Select(r => (r.Label is null ? "" : r.Label + ") ") + (r.ReferenceId ?? r.Text))));
        Line(s, "paragraphs", cable.Paragraphs.Count == 0 ? null : cable.Paragraphs.Count.ToString(CultureInfo.InvariantCulture));
        Line(s, "signature", cable.Signature);
        var errors = cable.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = cable.Diagnostics.Count(d => d.Severity == Severity.Warning);
        Line(s, "diagnostics", cable.Diagnostics.Count == 0 ? null
            : $"{errors} error(s), {warnings} warning(s), {cable.Diagnostics.Count - errors - warnings} info");
        return s.Append('\n').ToString();
    }

    private static string? Addresses(EquatableList<Addressee> list) => list.Count switch
    {
        0 => null,
        <= 3 => string.Join("; ", list.Select(a => a.Address)),
        _ => $"{string.Join("; ", list.Take(3).Select(a => a.Address))} (+{list.Count - 3} more)",
    };

    private static void Line(StringBuilder s, string label, string? value)
    {
        if (value is null) return;
        s.Append("  ").Append(label).Append(':').Append(' ', Math.Max(1, 15 - label.Length)).Append(value).Append('\n');
    }
}
