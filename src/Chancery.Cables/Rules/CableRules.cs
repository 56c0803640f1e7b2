using Chancery.Cables.Rules;

namespace Chancery.Cables;

/// <summary>
/// Checks a cable against the rules a communications centre applies before accepting it for transmission
/// (ACP 127 and State Department drafting rules; see <c>Rules/RULES.md</c> for the table of codes).
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>code</term><description>finding</description></listheader>
/// <item><term>CHR0001</term><description>classification lower than the highest portion mark</description></item>
/// <item><term>CHR0002</term><description>classified without E.O. line or declassification instruction</description></item>
/// <item><term>CHR0003</term><description>classified without a Classified By line</description></item>
/// <item><term>CHR0004</term><description>SIPDIS together with NODIS or EXDIS</description></item>
/// <item><term>CHR0005</term><description>no subject TAG</description></item>
/// <item><term>CHR0006</term><description>unknown TAG</description></item>
/// <item><term>CHR0007</term><description>DTG day differs from the Julian filing day of the DE line</description></item>
/// <item><term>CHR0008</term><description>DE station serial differs from the message number</description></item>
/// <item><term>CHR0009</term><description>sections missing or out of order</description></item>
/// <item><term>CHR0010</term><description>line longer than 69 characters</description></item>
/// <item><term>CHR0011</term><description>FLASH text longer than 200 words</description></item>
/// <item><term>CHR0012</term><description>unknown routing indicator</description></item>
/// <item><term>CHR0013</term><description>routing-line precedence lower than an addressee's</description></item>
/// <item><term>CHR0014</term><description>security warning lower than the classification</description></item>
/// <item><term>CHR0015</term><description>no subject</description></item>
/// <item><term>CHR0016</term><description>no TAGS</description></item>
/// <item><term>CHR0017</term><description>declassification date in the past or malformed</description></item>
/// <item><term>CHR0018</term><description>NOFORN on an unclassified cable</description></item>
/// <item><term>CHR0019</term><description>classified cable sent ZNR (in the clear)</description></item>
/// <item><term>CHR0020</term><description>addressee listed twice</description></item>
/// <item><term>CHR0021</term><description>no originator</description></item>
/// <item><term>CHR0022</term><description>routing indicator does not serve the addressee</description></item>
/// </list>
/// </remarks>
public static class CableRules
{
    private static readonly ICableRule[] s_rules =
    [
        new ClassificationBelowPortionMarkRule(),
        new ClassifiedWithoutDeclassificationRule(),
        new ClassifiedWithoutClassifiedByRule(),
        new SipdisWithRestrictedDistributionRule(),
        new NoSubjectTagRule(),
        new UnknownTagRule(),
        new FilingDayMismatchRule(),
        new StationSerialMismatchRule(),
        new SectionsIncompleteRule(),
        new LineTooLongRule(),
        new FlashTooLongRule(),
        new UnknownRoutingIndicatorRule(),
        new RoutingPrecedenceTooLowRule(),
        new SecurityWarningTooLowRule(),
        new MissingSubjectRule(),
        new MissingTagsRule(),
        new DeclassificationDateRule(),
        new NofornOnUnclassifiedRule(),
        new ClassifiedSentInClearRule(),
        new DuplicateAddresseeRule(),
        new MissingOriginatorRule(),
        new RoutingIndicatorMismatchRule(),
    ];

    private static readonly RuleDescriptor[] s_descriptors = [.. s_rules.Select(r => r.Descriptor)];

    /// <summary>Every rule's code, severity and title, in code order.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors => s_descriptors;

    /// <summary>
    /// Checks <paramref name="cable"/> and returns the findings ordered by position, then code. Positions come
    /// from <paramref name="text"/> (the text the cable was read from) where the place can be found, else 1:1.
    /// Rules that need the text (line length) are skipped without it. Never throws on a well-formed model.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(Cable cable, string? text = null) =>
        Check(cable, text, TagDirectory.Default, StationDirectory.Default);

    /// <summary>Checks with the given directories (for tests and for callers with their own tables).</summary>
    public static IReadOnlyList<Diagnostic> Check(Cable cable, string? text, TagDirectory tags, StationDirectory stations)
    {
        ArgumentNullException.ThrowIfNull(cable);
        var context = new RuleContext(cable, text, tags, stations);
        foreach (var rule in s_rules) rule.Check(context);
        var findings = context.Findings;
        if (findings.Count <= 1) return findings.Count == 0 ? [] : [findings[0]];
        return [.. findings.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
    }
}
