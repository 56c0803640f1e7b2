namespace Chancery.Cables.Tests.Writing;

/// <summary>Checks and views of writer output shared by the writer tests.</summary>
internal static class WriterAssert
{
    /// <summary>The physical lines (the text ends with a line feed, which opens no extra line).</summary>
    public static List<string> Lines(string text)
    {
        Assert.EndsWith("\n", text);
        return [.. text[..^1].Split('\n')];
    }

    /// <summary>Every line at most 69 characters, upper case, ITA2-safe, no trailing space.</summary>
    public static void LinesFitAndAreSafe(string text)
    {
        Assert.DoesNotContain('\r', text);
        foreach (var line in Lines(text))
        {
            Assert.True(line.Length <= CableWriter.MaxLineLength, $"line of {line.Length} characters: {line}");
            Assert.True(Ita2.IsSafe(WithoutStationSerialSign(line)), $"line with a character outside ITA2: {line}");
            Assert.False(line.EndsWith(' '), $"line ends with a space: [{line}]");
        }
    }

    /// <summary>
    /// The one place a character outside the text repertoire is part of the format: the <c>#</c> before the
    /// station serial on the DE line and on the validation line (US teletype figures H).
    /// </summary>
    private static string WithoutStationSerialSign(string line)
    {
        var at = line.IndexOf('#');
        var structural = at >= 0 && (line.StartsWith("DE ", StringComparison.Ordinal) || at == 0)
            && line.Length >= at + 5 && !line.AsSpan(at + 1, 4).ContainsAnyExceptInRange('0', '9');
        return structural ? line.Remove(at, 1) : line;
    }

    /// <summary>The lines of each transmission (VZCZC or first line up to NNNN).</summary>
    public static List<List<string>> Transmissions(string text)
    {
        var result = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in Lines(text))
        {
            current.Add(line);
            if (line != "NNNN") continue;
            result.Add(current);
            current = [];
        }
        Assert.Empty(current);
        return result;
    }

    /// <summary>The text of one transmission: the lines between the two BT lines.</summary>
    public static List<string> TextLines(List<string> transmission)
    {
        var first = transmission.IndexOf("BT");
        var last = transmission.LastIndexOf("BT");
        Assert.True(first >= 0 && last > first, "a transmission has two BT lines");
        return transmission.GetRange(first + 1, last - first - 1);
    }

    /// <summary>True for a State continuation page header of the station <paramref name="origin"/>.</summary>
    public static bool IsPageHeader(string line, string origin) =>
        line.StartsWith(origin + " 0", StringComparison.Ordinal) && line.Length == origin.Length + 22 && line.Contains(".2 OF ", StringComparison.Ordinal);

    /// <summary>The pages of a section's text, split at the page headers (headers themselves left out).</summary>
    public static List<List<string>> Pages(List<string> textLines, string origin)
    {
        var pages = new List<List<string>> { new() };
        var expectedPage = 2;
        foreach (var line in textLines)
        {
            if (IsPageHeader(line, origin))
            {
                Assert.Contains($" {expectedPage:D3}.2 OF ", line, StringComparison.Ordinal);
                expectedPage++;
                pages.Add([]);
                continue;
            }
            pages[^1].Add(line);
        }
        foreach (var header in textLines.Where(l => IsPageHeader(l, origin)))
            Assert.EndsWith($" OF {pages.Count:D3}", header, StringComparison.Ordinal);
        return pages;
    }
}
