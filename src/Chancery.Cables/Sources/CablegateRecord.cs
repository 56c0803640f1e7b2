namespace Chancery.Cables;

/// <summary>One row of the Aug-2011 Cablegate <c>cables.csv</c>.</summary>
/// <param name="Row">Column 1, the row number.</param>
/// <param name="Created">Column 2 parsed (<c>M/D/YYYY H:MM</c>, UTC), or null when it does not parse.</param>
/// <param name="CreatedText">Column 2 as written.</param>
/// <param name="ReferenceId">Column 3, the WikiLeaks reference id.</param>
/// <param name="Origin">Column 4, the origin's name, e.g. <c>Embassy Tehran</c>.</param>
/// <param name="Classification">Column 5 as written, e.g. <c>CONFIDENTIAL//NOFORN</c>.</param>
/// <param name="References">Column 6 split on <c>|</c>: the ids of referenced cables.</param>
/// <param name="Header">Column 7, the header from the precedence/DTG line on.</param>
/// <param name="Body">Column 8, the text.</param>
/// <param name="Line">The 1-based line of the file where the record starts.</param>
/// <param name="HeaderLine">The 1-based line of the file where column 7 starts.</param>
/// <param name="BodyLine">The 1-based line of the file where column 8 starts.</param>
public sealed record CablegateRecord(
    int? Row,
    DateTime? Created,
    string CreatedText,
    string ReferenceId,
    string Origin,
    string Classification,
    EquatableList<string> References,
    string Header,
    string Body,
    int Line,
    int HeaderLine,
    int BodyLine)
{
    /// <summary>The text to give the reader: header and body joined by a blank line (as the corpus stores rows).</summary>
    public string Text => Header + "\n\n" + Body;

    /// <summary>
    /// Maps a 1-based line of <see cref="Text"/> to the line of the CSV file it came from
    /// (the blank joining line maps to the body's first line).
    /// </summary>
    public int FileLine(int textLine)
    {
        var headerLines = LineCount(Header);
        if (textLine <= headerLines) return HeaderLine + Math.Max(textLine, 1) - 1;
        return BodyLine + Math.Max(textLine - headerLines - 2, 0);
    }

    private static int LineCount(string text)
    {
        var count = 1;
        foreach (var c in text)
            if (c == '\n') count++;
        return count;
    }
}

/// <summary>A record of <c>cables.csv</c> that could not be read, and was skipped.</summary>
/// <param name="Line">The 1-based line where the bad record starts.</param>
/// <param name="Message">What was wrong, in one sentence.</param>
public sealed record CablegateCsvError(int Line, string Message);
