using System.Globalization;

namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0017: a declassification date (<c>DECL: 04/16/2033</c>) must be a real date, not before the cable's date.
/// Downgrade instructions (<c>DNG: CO 01/26/2021</c>) are judged by their date. Exemption codes (<c>25X1</c>,
/// <c>X1</c>, <c>OADR</c>, <c>MR</c>), the schedules of the 1970s orders (<c>GDS</c>, <c>XGDS-2</c>, <c>ADS</c>,
/// which may carry dates and names) and event-based instructions in words (<c>TWENTY YEARS</c>) are accepted;
/// digits or slashes in anything else mean a date that cannot be read.
/// </summary>
internal sealed class DeclassificationDateRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0017", Severity.Warning, "declassification date in the past or malformed");

    private static readonly string[] s_dateFormats =
    [
        "yyyy-MM-dd", "M/d/yyyy", "yyyy/M/d", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy",
    ];

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var declassify = context.Cable.ExecutiveOrder?.Declassify;
        if (string.IsNullOrWhiteSpace(declassify)) return;
        var value = Unwrap(declassify);
        if (DateOnly.TryParseExact(value, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            if (context.CreatedDate is { } created && date < created)
                context.Report(Rule, Where(context), $"The declassification date {date:yyyy-MM-dd} is before the cable's date {created:yyyy-MM-dd}.");
            return;
        }
        if (IsExemptionOrWords(value)) return;
        context.Report(Rule, Where(context), $"The declassification instruction '{declassify}' is not a valid date.");
    }

    private static TextPosition? Where(RuleContext context) => context.Locate.FindOnLine(context.Locate.LineStartingWith("E.O."), "DECL");

    /// <summary>The instruction without parentheses, a repeated <c>DECL:</c> or <c>ON:</c>, or a downgrade's <c>DNG: CO</c>.</summary>
    private static string Unwrap(string value)
    {
        var span = value.AsSpan().Trim();
        if (span.Length > 2 && span[0] == '(' && span[^1] == ')') span = span[1..^1].Trim();
        foreach (var prefix in (ReadOnlySpan<string>)["DECL:", "ON:"])
            if (span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) span = span[prefix.Length..].TrimStart();
        if (span.StartsWith("DNG:", StringComparison.OrdinalIgnoreCase))
        {
            span = span[4..].TrimStart();
            var space = span.IndexOf(' ');
            if (space > 0 && space <= 2 && char.IsAsciiLetter(span[0])) span = span[(space + 1)..].TrimStart();
        }
        return span.ToString();
    }

    private static bool IsExemptionOrWords(string value)
    {
        var word = value.AsSpan().Trim();
        if (word is "N/A" or "NA" or "OADR" or "MR") return true;
        foreach (var prefix in (ReadOnlySpan<string>)["25X", "50X", "75X", "GDS", "XGDS", "ADS"])
            if (word.StartsWith(prefix, StringComparison.Ordinal)) return true;
        if (word.Length >= 2 && word[0] == 'X' && char.IsAsciiDigit(word[1])) return true;
        foreach (var c in word)
            if (char.IsAsciiDigit(c) || c == '/') return false;
        return true;
    }
}
