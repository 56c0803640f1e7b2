namespace Chancery.Cables.Rules;

/// <summary>CHR0011: a FLASH message must be short: at most 200 words of text.</summary>
internal sealed class FlashTooLongRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0011", Severity.Warning, "FLASH text longer than 200 words");

    /// <summary>The most words a FLASH text may have.</summary>
    public const int MaxWords = 200;

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        var cable = context.Cable;
        if (cable.Precedence != Precedence.Flash && cable.Transmission?.RoutingPrecedence != Precedence.Flash) return;
        var words = CountWords(cable.Body);
        if (words <= MaxWords) return;
        context.Report(Rule, context.Locate.LineStartingWith("Z") ?? context.Locate.ClassificationLine(),
            $"The FLASH text has {words} words; at most {MaxWords} are allowed.");
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
