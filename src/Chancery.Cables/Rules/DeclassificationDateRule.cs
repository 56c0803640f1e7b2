namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0017: a declassification date (<c>DECL: 04/16/2033</c>) must be a real date after the cable's date.
/// Exemption codes (<c>25X1</c>, <c>X1</c>, <c>OADR</c>, <c>GDS</c>, <c>XGDS-2</c>, <c>MR</c>) and
/// event-based instructions in words (<c>TWENTY YEARS</c>) are accepted; digits in anything else mean a
/// date the reader could not read.
/// </summary>
internal sealed class DeclassificationDateRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0017", Severity.Warning, "declassification date in the past or malformed");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var declassify = context.Cable.ExecutiveOrder?.Declassify;
        if (string.IsNullOrWhiteSpace(declassify)) return;
        if (DateOnly.TryParseExact(declassify, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            if (context.CreatedDate is { } created && date <= created)
                context.Report(Rule, Where(context), $"The declassification date {date:yyyy-MM-dd} is not after the cable's date {created:yyyy-MM-dd}.");
            return;
        }
        if (IsExemptionOrWords(declassify)) return;
        context.Report(Rule, Where(context), $"The declassification instruction '{declassify}' is not a valid date.");
    }

    private static TextPosition? Where(RuleContext context) => context.Locate.FindOnLine(context.Locate.LineStartingWith("E.O."), "DECL");

    private static bool IsExemptionOrWords(string value)
    {
        var word = value.AsSpan().Trim();
        if (word is "N/A" or "NA" or "OADR" or "GDS" or "MR" or "ADS") return true;
        if (word.StartsWith("25X") || word.StartsWith("XGDS") || word.StartsWith("50X")) return true;
        if (word.Length >= 2 && word[0] == 'X' && char.IsAsciiDigit(word[1])) return true;
        foreach (var c in word)
            if (char.IsAsciiDigit(c) || c == '/') return false;
        return true;
    }
}
