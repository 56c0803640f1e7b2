namespace Chancery.Cables.Rules;

/// <summary>CHR0020: an address must appear once among the action and information addressees (no double delivery).</summary>
internal sealed class DuplicateAddresseeRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0020", Severity.Warning, "addressee listed twice");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var cable = context.Cable;
        if (cable.To.Count + cable.Info.Count < 2) return;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (addressee, block) in cable.To.Select(a => (a, "TO")).Concat(cable.Info.Select(a => (a, "INFO"))))
        {
            var key = StationDirectory.Normalize(addressee.Address);
            seen[key] = seen.GetValueOrDefault(key) + 1;
            if (seen[key] != 2) continue;
            context.Report(Rule, context.Locate.Find(addressee.Address, wholeWord: true, occurrence: 2),
                $"{addressee.Address} is listed more than once among the addressees (again on the {block} lines).");
        }
    }
}
