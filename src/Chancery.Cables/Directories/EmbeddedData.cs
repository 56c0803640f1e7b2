using System.Reflection;

namespace Chancery.Cables.Directories;

/// <summary>Reads the tab-separated tables embedded under <c>Data/</c> (built by <c>tools/build-data</c>).</summary>
internal static class EmbeddedData
{
    /// <summary>The rows of an embedded table, header and blank lines skipped, each row padded to <paramref name="columns"/> cells.</summary>
    public static IEnumerable<string[]> ReadRows(string fileName, int columns)
    {
        var name = "Chancery.Cables.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded table {name} is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < columns) Array.Resize(ref cells, columns);
            for (var i = 0; i < cells.Length; i++) cells[i] ??= "";
            yield return cells;
        }
    }

    /// <summary>Parses an ISO date cell; empty means open.</summary>
    public static DateOnly? ParseDate(string cell) =>
        cell.Length == 0 ? null : DateOnly.ParseExact(cell, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
