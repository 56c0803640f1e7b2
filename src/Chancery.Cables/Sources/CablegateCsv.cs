using System.Globalization;
using System.Text;

namespace Chancery.Cables;

/// <summary>
/// Streams the records of the Aug-2011 Cablegate <c>cables.csv</c>: no header row, 8 fields each in double quotes,
/// separated by commas, records spanning many lines, a quote inside a field escaped as <c>\"</c> (not doubled).
/// A malformed record is reported through the callback with its line number and skipped; reading resumes at
/// the next line that starts a record (<c>"123","</c>).
/// </summary>
public static class CablegateCsv
{
    private const int FieldCount = 8;

    /// <summary>Reads records from <paramref name="reader"/> as they come; never throws on malformed input.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="onError">Called for each malformed record that is skipped.</param>
    public static IEnumerable<CablegateRecord> Read(TextReader reader, Action<CablegateCsvError>? onError = null)
    {
        var fields = new List<string>(FieldCount);
        var fieldLines = new List<int>(FieldCount);
        var value = new StringBuilder();
        var inField = false;
        var skipping = false;
        var recordLine = 0;
        var lineNumber = 0;

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (skipping)
            {
                if (!StartsRecord(line)) continue;
                skipping = false;
            }
            if (!inField && fields.Count == 0)
            {
                if (line.Length == 0) continue;
                recordLine = lineNumber;
                if (line[0] != '"')
                {
                    Fail("a record must start with a quoted field");
                    continue;
                }
            }

            string? error = null;
            CablegateRecord? done = null;
            var pos = 0;
            if (!inField)
            {
                // At the start of a record the first character is the opening quote (checked above).
                pos = 1;
                inField = true;
                fieldLines.Add(lineNumber);
            }
            while (pos < line.Length && error is null && done is null)
            {
                var c = line[pos];
                if (c == '\\' && pos + 1 < line.Length && line[pos + 1] == '"')
                {
                    value.Append('"');
                    pos += 2;
                }
                else if (c != '"')
                {
                    value.Append(c);
                    pos++;
                }
                else
                {
                    fields.Add(value.ToString());
                    value.Clear();
                    inField = false;
                    pos++;
                    if (pos == line.Length)
                    {
                        if (fields.Count == FieldCount) done = Build(fields, fieldLines, recordLine, out error);
                        else error = $"the record has {fields.Count} fields, expected {FieldCount}";
                    }
                    else if (line[pos] != ',')
                    {
                        error = $"unexpected '{line[pos]}' after the closing quote of field {fields.Count}";
                    }
                    else if (fields.Count == FieldCount)
                    {
                        error = $"the record has more than {FieldCount} fields";
                    }
                    else if (pos + 1 >= line.Length || line[pos + 1] != '"')
                    {
                        error = $"field {fields.Count + 1} is not quoted";
                    }
                    else
                    {
                        pos += 2;
                        inField = true;
                        fieldLines.Add(lineNumber);
                    }
                }
            }

            if (error is not null)
            {
                Fail(error);
                continue;
            }
            if (done is not null)
            {
                Reset();
                yield return done;
                continue;
            }
            if (inField) value.Append('\n');
        }

        if (inField || fields.Count > 0)
            onError?.Invoke(new CablegateCsvError(recordLine, "the input ends inside a record"));

        void Reset()
        {
            fields.Clear();
            fieldLines.Clear();
            value.Clear();
            inField = false;
        }

        void Fail(string message)
        {
            onError?.Invoke(new CablegateCsvError(recordLine, message));
            Reset();
            skipping = true;
        }
    }

    /// <summary>True for a line that can start a record: <c>"</c>, digits, <c>","</c>.</summary>
    private static bool StartsRecord(string line)
    {
        if (line.Length < 5 || line[0] != '"' || !char.IsAsciiDigit(line[1])) return false;
        var i = 1;
        while (i < line.Length && char.IsAsciiDigit(line[i])) i++;
        return line.AsSpan(i).StartsWith("\",\"", StringComparison.Ordinal);
    }

    private static CablegateRecord? Build(List<string> f, List<int> lines, int recordLine, out string? error)
    {
        error = null;
        int? row = int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
        if (row is null)
        {
            error = $"the row number '{f[0]}' is not a number";
            return null;
        }
        DateTime? created = DateTime.TryParseExact(f[1], "M/d/yyyy H:mm", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when)
            ? DateTime.SpecifyKind(when, DateTimeKind.Utc)
            : null;
        var references = f[5].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new CablegateRecord(row, created, f[1], f[2], f[3], f[4], references, f[6], f[7],
            recordLine, lines[6], lines[7]);
    }
}
