namespace Chancery.Cables.Rules;

/// <summary>
/// CHR0010: no line may exceed 69 characters including spaces (ACP 127 §138f). Trailing spaces are not
/// counted. Needs the text; after <see cref="MaxReported"/> lines one finding gives the number of the rest.
/// </summary>
internal sealed class LineTooLongRule : ICableRule
{
    public static readonly RuleDescriptor Rule = new("CHR0010", Severity.Warning, "line longer than 69 characters");

    /// <summary>The longest line allowed.</summary>
    public const int MaxLength = 69;

    /// <summary>How many long lines are reported one by one.</summary>
    public const int MaxReported = 20;

    public RuleDescriptor Descriptor => Rule;

    public void Check(RuleContext context)
    {
        if (context.Text is null) return;
        var reported = 0;
        var more = 0;
        var lineNumber = 0;
        TextPosition? firstUnreported = null;
        var rest = context.Text.AsSpan();
        while (true)
        {
            // Line breaks as the reader counts them: \n, \r or \r\n.
            var end = rest.IndexOfAny('\n', '\r');
            var line = end < 0 ? rest : rest[..end];
            lineNumber++;
            var length = line.TrimEnd().Length;
            if (length > MaxLength)
            {
                if (reported < MaxReported)
                {
                    reported++;
                    context.Report(Rule, new TextPosition(lineNumber, MaxLength + 1), $"The line is {length} characters long; at most {MaxLength} are allowed.");
                }
                else
                {
                    more++;
                    firstUnreported ??= new TextPosition(lineNumber, MaxLength + 1);
                }
            }
            if (end < 0) break;
            rest = rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
        }
        if (more > 0)
            context.Report(Rule, firstUnreported, $"{more} more lines are longer than {MaxLength} characters.");
    }
}
