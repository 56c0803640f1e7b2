using System.Globalization;

namespace Chancery.Cables.Writing;

/// <summary>
/// Writes the text header that follows the classification line (FORMAT_SPEC §3.2-3.6), one item per line:
/// captions, FOR lines, E.O., CLASSIFIED BY, TAGS, SUBJECT, REF.
/// </summary>
internal static class TextHeaderLines
{
    /// <summary>
    /// The classification line: level (<c>UNCLAS</c>, <c>C O N F I D E N T I A L</c> ...), then
    /// <c>SECTION 01 OF 03</c> when there are several sections, then the MRN; null when none of these is known.
    /// </summary>
    public static string? ClassificationLine(Cable cable, MessageNumber? number, int section, int sections)
    {
        var parts = new List<string>();
        if (WriterNames.Defined(cable.Classification) is { } level) parts.Add(WriterNames.ClassificationLine(level));
        if (sections > 1) parts.Add($"SECTION {section:D2} OF {sections:D2}");
        if (number is not null) parts.Add(number.InText);
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>Adds the header items the cable has, in the canonical order.</summary>
    public static void Write(Cable cable, LineBuilder output)
    {
        foreach (var caption in cable.Captions ?? [])
            output.Add(TextGuard.Clean(caption));
        foreach (var line in cable.ForLines ?? [])
            output.Add(TextGuard.Clean(line));
        if (cable.ExecutiveOrder is { } order) output.Add(ExecutiveOrderLine(order));
        if (cable.ClassifiedBy is { } classifiedBy) output.Add(ClassifiedByLine(classifiedBy));
        // LineBuilder.Add skips the empty string that stands for "nothing stated".
        if (TagsLine(cable.Tags) is { } tags) output.Add(tags);
        if (SubjectLine(cable) is { } subject) output.Add(subject);
        if (ReferencesLine(cable.References) is { } references) output.Add(references);
    }

    /// <summary>
    /// <c>E.O. 12958: DECL: 04/16/2033</c> for an ISO date; a code that starts with X or a digit
    /// (<c>X1</c>, <c>25X1</c>) also follows <c>DECL:</c>; other words (<c>N/A</c>, <c>GDS</c>) stand alone;
    /// "" when it states nothing.
    /// </summary>
    internal static string ExecutiveOrderLine(ExecutiveOrder order)
    {
        var number = TextGuard.Clean(order.Order);
        if (number.Length == 0 && string.IsNullOrWhiteSpace(order.Declassify)) return "";
        var line = number.Length > 0 ? "E.O. " + number + ":" : "E.O.:";
        var declassify = order.Declassify?.Trim();
        if (DateOnly.TryParseExact(declassify, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return line + " DECL: " + date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
        var word = TextGuard.Clean(declassify);
        if (word.Length == 0) return line;
        return word[0] is 'X' or (>= '0' and <= '9') ? line + " DECL: " + word : line + " " + word;
    }

    /// <summary><c>CLASSIFIED BY: ... , REASONS 1.4 (B) AND (D)</c>; "" when it states nothing.</summary>
    internal static string ClassifiedByLine(ClassifiedBy classifiedBy)
    {
        var line = "CLASSIFIED BY: " + TextGuard.Clean(classifiedBy.Text);
        var reasons = ReasonsText(classifiedBy.Reasons, out var count);
        if (count == 0) return line == "CLASSIFIED BY: " ? "" : line;
        return line + (count == 1 ? ", REASON " : ", REASONS ") + reasons;
    }

    /// <summary>Groups reasons by section: <c>1.4(b)</c>, <c>1.4(d)</c> become <c>1.4 (B) AND (D)</c>.</summary>
    private static string ReasonsText(EquatableList<string>? reasons, out int count)
    {
        var groups = new List<(string Section, List<string> Letters)>();
        count = 0;
        foreach (var reason in reasons ?? [])
        {
            var clean = TextGuard.Clean(reason);
            if (clean.Length == 0) continue;
            count++;
            var open = clean.IndexOf('(');
            var (section, letter) = open > 0 && clean.EndsWith(')')
                ? (clean[..open].Trim(), "(" + clean[(open + 1)..^1].Trim() + ")")
                : ("", clean);
            if (groups.Count > 0 && groups[^1].Section == section && section.Length > 0) groups[^1].Letters.Add(letter);
            else groups.Add((section, [letter]));
        }

        var items = new List<string>();
        foreach (var (section, letters) in groups)
        {
            if (section.Length > 0) letters[0] = section + " " + letters[0];
            items.AddRange(letters);
        }
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            _ => string.Join(", ", items[..^1]) + " AND " + items[^1],
        };
    }

    /// <summary><c>TAGS: EFIN KCRM KZ</c>; separated by commas when a tag holds a space (<c>OVIP (RICE, CONDOLEEZZA)</c>).</summary>
    private static string? TagsLine(EquatableList<string>? tags)
    {
        var clean = (tags ?? []).Select(TextGuard.Clean).Where(t => t.Length > 0).ToList();
        if (clean.Count == 0) return null;
        var separator = clean.Any(t => t.Contains(' ', StringComparison.Ordinal)) ? ", " : " ";
        return "TAGS: " + string.Join(separator, clean);
    }

    /// <summary><c>SUBJECT: (SBU) ...</c>.</summary>
    private static string? SubjectLine(Cable cable)
    {
        var subject = TextGuard.Clean(cable.Subject);
        var marking = TextGuard.Clean(cable.SubjectMarking);
        if (subject.Length == 0 && marking.Length == 0) return null;
        var line = "SUBJECT:";
        if (marking.Length > 0) line += " (" + marking + ")";
        if (subject.Length > 0) line += " " + subject;
        return line;
    }

    /// <summary><c>REF: A) ALMATY 1450, B) ASTANA 33</c>.</summary>
    private static string? ReferencesLine(EquatableList<Reference>? references)
    {
        var entries = new List<string>();
        foreach (var reference in references ?? [])
        {
            if (reference is null) continue;
            var label = TextGuard.Clean(reference.Label);
            var text = TextGuard.Clean(reference.Text);
            var entry = label.Length > 0 ? label + ") " + text : text;
            if (entry.Trim().Length > 0) entries.Add(entry.Trim());
        }
        return entries.Count == 0 ? null : "REF: " + string.Join(", ", entries);
    }
}
