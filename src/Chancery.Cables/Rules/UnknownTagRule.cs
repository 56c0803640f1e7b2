namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0006: each TAG that looks like a code (2 to 6 letters) must be in the TAGS directory; the finding
/// suggests the TAG probably meant. Known TAGS run together (<c>ETRDEINVPGOVCS</c>) are reported as such.
/// Personal-name TAGS (<c>OVIP (KISSINGER, HENRY A.)</c>) and other free-form TAGS are not checked.
/// </summary>
internal sealed class UnknownTagRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0006", Severity.Warning, "unknown TAG");

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        TextPosition? tagsLine = null;
        var located = false;
        foreach (var tag in context.Cable.Tags)
        {
            if (!IsCapitals(tag) || context.Tags.TryGet(tag, out _)) continue;
            var split = context.Tags.SplitRunTogether(tag);
            if (split is null && tag.Length > 6) continue;
            if (!located) (tagsLine, located) = (context.Locate.LineStartingWith("TAGS"), true);
            var at = context.Locate.FindOnLine(tagsLine, tag);
            if (split is not null)
            {
                context.Report(Rule, at, $"The TAG {tag} is known TAGS run together: {string.Join(' ', split)}.");
                continue;
            }
            var suggestion = context.Tags.Suggest(tag);
            context.Report(Rule, at,
                suggestion is null ? $"The TAG {tag} is not in the TAGS directory." : $"The TAG {tag} is not in the TAGS directory; did you mean {suggestion}?");
        }
    }

    private static bool IsCapitals(string tag)
    {
        if (tag.Length < 2) return false;
        foreach (var c in tag)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
