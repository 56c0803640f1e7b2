namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0006: each TAG that looks like a code (2 to 6 letters) must be in the TAGS directory. Personal-name
/// TAGS (<c>OVIP (KISSINGER, HENRY A.)</c>) and other free-form TAGS are not checked.
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
            if (!LooksLikeCode(tag) || context.Tags.TryGet(tag, out _)) continue;
            if (!located) (tagsLine, located) = (context.Locate.LineStartingWith("TAGS"), true);
            var suggestion = context.Tags.Suggest(tag);
            context.Report(Rule, context.Locate.FindOnLine(tagsLine, tag),
                suggestion is null ? $"The TAG {tag} is not in the TAGS directory." : $"The TAG {tag} is not in the TAGS directory; did you mean {suggestion}?");
        }
    }

    private static bool LooksLikeCode(string tag)
    {
        if (tag.Length is < 2 or > 6) return false;
        foreach (var c in tag)
            if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }
}
