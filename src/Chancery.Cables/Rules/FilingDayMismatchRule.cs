namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0007: the Julian filing day on the DE line (<c>1140336</c>: day 114) must be the day of the date-time
/// group or the day after (a cable released at 2359Z is filed after midnight), across the year turn too.
/// </summary>
internal sealed class FilingDayMismatchRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0007", Severity.Warning, "DTG day differs from the Julian filing day");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.CreatedDate is not { } created || context.Cable.Transmission?.FilingTime is not { } filing) return;
        foreach (var year in (ReadOnlySpan<int>)[created.Year, created.Year + 1])
        {
            if (year > DateOnly.MaxValue.Year || filing.JulianDay < 1 || filing.JulianDay > (DateTime.IsLeapYear(year) ? 366 : 365)) continue;
            var filed = new DateOnly(year, 1, 1).AddDays(filing.JulianDay - 1);
            var days = filed.DayNumber - created.DayNumber;
            if (days is 0 or 1) return;
        }
        context.Report(Rule, context.Locate.LineStartingWith("DE"),
            $"The DE line's filing day {filing.JulianDay:000} does not match the date-time group of {created:dd MMM yyyy} (day {created.DayOfYear:000}).");
    }
}
