using System.Text.RegularExpressions;
using Chancery.Cables;

namespace Chancery.Cli.Eval;

/// <summary>
/// What a cable's text itself states, found by the evaluator independently of the reader: used to decide
/// whether a golden answer is gradable at all, and whether a disagreement is the golden data's fault.
/// </summary>
internal sealed partial class TextEvidence(string text)
{
    private readonly string[] _lines = text.Split('\n');

    [GeneratedRegex(@"\b[0-3]\d[0-2]\d[0-5]\dZ ?(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]* ?\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dtg();

    [GeneratedRegex(@"^\s*ZN[YR]\s+([UECST])\1{4}\b", RegexOptions.Multiline)]
    private static partial Regex SecurityWarning();

    [GeneratedRegex(@"^(?:[A-Z] ){3,}[A-Z]\b")]
    private static partial Regex LetterSpaced();

    [GeneratedRegex(@"^(UNCLASSIFIED|UNCLAS|LIMITED OFFICIAL USE|CONFIDENTIAL|TOP SECRET|SECRET)\b")]
    private static partial Regex LevelWord();

    /// <summary>True when the text holds a date-time group (<c>240336Z APR 06</c>): only then can it state created and the id's year.</summary>
    public bool HasDtg => Dtg().IsMatch(text);

    /// <summary>The level named by the ZNY/ZNR security warning (<c>ZNY CCCCC</c>), or null.</summary>
    public Classification? EnvelopeLevel
    {
        get
        {
            var m = SecurityWarning().Match(text);
            if (!m.Success) return null;
            return m.Groups[1].Value[0] switch
            {
                'C' => Classification.Confidential,
                'S' => Classification.Secret,
                'T' => Classification.TopSecret,
                _ => Classification.Unclassified,
            };
        }
    }

    /// <summary>The level of the first line that starts with a level word (the classification line), or null.</summary>
    public Classification? ClassificationLineLevel
    {
        get
        {
            foreach (var raw in _lines)
            {
                var line = raw.Trim();
                if (LetterSpaced().Match(line) is { Success: true } spaced)
                    line = spaced.Value.Replace(" ", "", StringComparison.Ordinal) + line[spaced.Length..];
                var m = LevelWord().Match(line);
                if (!m.Success) continue;
                return m.Value switch
                {
                    "UNCLAS" or "UNCLASSIFIED" => Classification.Unclassified,
                    "LIMITED OFFICIAL USE" => Classification.LimitedOfficialUse,
                    "CONFIDENTIAL" => Classification.Confidential,
                    "SECRET" => Classification.Secret,
                    _ => Classification.TopSecret,
                };
            }
            return null;
        }
    }

    [GeneratedRegex(@"^\s*(?:¶\s*)?1\s*\.\s")]
    private static partial Regex FirstParagraph();

    /// <summary>
    /// The header: the lines before paragraph 1 (captions such as <c>SENSITIVE BUT UNCLASSIFIED</c> can follow the
    /// SUBJECT line), else before the SUBJECT line, else the first 40 lines.
    /// </summary>
    public string Header
    {
        get
        {
            var end = Array.FindIndex(_lines, l => FirstParagraph().IsMatch(l));
            if (end < 0) end = Array.FindIndex(_lines, l => l.TrimStart().StartsWith("SUBJ", StringComparison.OrdinalIgnoreCase));
            return string.Join('\n', _lines.Take(end < 0 ? 40 : end));
        }
    }

    /// <summary>
    /// True when <paramref name="marking"/> appears in the header, also glued to other words
    /// (archive copies run captions together: <c>SIPDISNOFORN</c>).
    /// </summary>
    public bool HeaderMentions(string marking) => Header.Contains(marking, StringComparison.Ordinal);

    /// <summary>True when <paramref name="marking"/> appears anywhere in the text, also glued to other words.</summary>
    public bool Mentions(string marking) => text.Contains(marking, StringComparison.Ordinal);

    /// <summary>
    /// The words of the TAGS field: its first line and the lines that continue it (up to a blank line or the next
    /// keyword), upper case, split at anything that is not a letter or digit.
    /// </summary>
    public IReadOnlySet<string> TagsFieldWords()
    {
        var start = Array.FindIndex(_lines, l => l.TrimStart().StartsWith("TAGS", StringComparison.OrdinalIgnoreCase));
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (start < 0) return words;
        for (var i = start; i < _lines.Length; i++)
        {
            var line = _lines[i].Trim();
            if (i > start && (line.Length == 0 || StartsKeyword(line))) break;
            words.UnionWith(TagWords.Split(i == start ? line[4..] : line));
        }
        return words;
    }

    private static bool StartsKeyword(string line) =>
        line.StartsWith("SUBJ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("REF", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("E.O.", StringComparison.OrdinalIgnoreCase) || line.StartsWith("CLASSIFIED BY", StringComparison.OrdinalIgnoreCase);
}
