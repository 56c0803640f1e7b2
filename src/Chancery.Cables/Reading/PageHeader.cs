namespace Chancery.Cables.Reading;

/// <summary>
/// Recognises page continuation headers that printers and archives inserted into the text:
/// State's <c>ASTANA 00000038 001.2 OF 002</c>, the 1970s <c>PAGE 02 ROME 01196 01 OF 02 082030Z</c>
/// (often with a repeated classification banner line before it).
/// </summary>
internal static class PageHeader
{
    /// <summary>
    /// True when <paramref name="line"/> starts with a page header. <paramref name="length"/> is how many
    /// characters the header takes; any text after it on the same line is ordinary text.
    /// </summary>
    public static bool TryMatch(string line, out int length)
    {
        length = 0;
        _ = line;
        return false;
    }
}
