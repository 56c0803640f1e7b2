namespace Chancery.Cables.Reading.Text;

/// <summary>Reads the SUBJECT value: leading portion mark split off, white space collapsed.</summary>
internal static class SubjectText
{
    /// <summary>Splits <paramref name="value"/> into the subject text and its portion mark.</summary>
    public static (string? Subject, string? Marking) Parse(string value)
    {
        var text = Words.Collapse(value.Replace("\u00B6", " "));
        var mark = PortionMark.TryRead(text, out var length);
        if (mark is not null) text = text[length..];
        text = text.Trim();
        return (text.Length == 0 ? null : text, mark);
    }
}
