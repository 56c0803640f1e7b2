using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chancery.Cables.Reading;

namespace Chancery.Cables.Tests.Envelope;

/// <summary>
/// Parses the heading of every corpus cable and compares it with the golden metadata
/// (<c>created</c> from WikiLeaks and cables.csv, recipients from cablemap's tests).
/// </summary>
public sealed partial class EnvelopeCorpusTests(ITestOutputHelper output)
{
    private const double CreatedThreshold = 0.998;
    private const double RecipientsThreshold = 0.99;

    // A preamble or bare DTG line: "P R 281848Z DEC 66", "291359Z Nov 00".
    [GeneratedRegex(@"^\s*(?:[ZOPRY]\s+){0,2}\d{6}Z\s+[A-Za-z]{3}\s+\d{2,4}\b", RegexOptions.Multiline)]
    private static partial Regex DtgLine();

    [Fact]
    public void CreatedMatchesGoldenDateAndHour()
    {
        var corpus = CorpusLocator.RequireCorpus();
        var checkedCount = 0;
        var failures = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, "cables"), "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var golden = GoldenCreated(corpus, id);
            if (golden is null) continue;
            var text = File.ReadAllText(path);
            if (!DtgLine().IsMatch(HeadOf(text))) continue;
            checkedCount++;
            var (envelope, _, diagnostics) = ParseHeading(text);
            var created = envelope.Created;
            if (created is not { } c || c.Kind != DateTimeKind.Utc || c.Date != golden.Value.Date || c.Hour != golden.Value.Hour)
                failures.Add($"{id}: expected {golden:yyyy-MM-dd HH}h, got {created:yyyy-MM-dd HH:mm}; {string.Join(" | ", diagnostics.Items)}");
        }
        Report(failures, checkedCount);
        Assert.True(checkedCount > 0, "No corpus cable with golden created and a DTG was found.");
        var rate = 1.0 - (double)failures.Count / checkedCount;
        Assert.True(rate >= CreatedThreshold, $"created matched for {rate:P2} of {checkedCount} cables (need {CreatedThreshold:P1}).");
    }

    [Fact]
    public void RecipientsMatchCablemapGolden()
    {
        var corpus = CorpusLocator.RequireCorpus();
        var cases = new List<(string Name, string Text, JsonElement? To, JsonElement? Info)>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var cable = Path.Combine(corpus, "cables", id + ".txt");
            if (!File.Exists(cable)) continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var source in doc.RootElement.GetProperty("sources").EnumerateArray())
            {
                var fields = source.GetProperty("fields");
                JsonElement? to = fields.TryGetProperty("recipients_to", out var t) ? t.Clone() : null;
                JsonElement? info = fields.TryGetProperty("recipients_info", out var i) ? i.Clone() : null;
                if (to is not null || info is not null) cases.Add((id, File.ReadAllText(cable), to, info));
            }
        }
        AddSnippetCases(corpus, "test_reader_recipients.json", info: false, cases);
        AddSnippetCases(corpus, "test_reader_info_recipients.json", info: true, cases);

        var failures = new List<string>();
        foreach (var (name, text, to, info) in cases)
        {
            var (envelope, _, _) = ParseHeading(text);
            if (to is { } expectedTo && Describe(expectedTo) is var et && et != Describe(envelope.To))
                failures.Add($"{name} TO: expected {et}, got {Describe(envelope.To)}");
            // cablemap nests XMT exemptions inside the collective they apply to; this reader lists them apart.
            if (to is { } withExcluded && Excluded(withExcluded) is var ex && ex != string.Join("; ", envelope.Exempted.Select(a => a.Address)))
                failures.Add($"{name} XMT: expected {ex}, got {string.Join("; ", envelope.Exempted.Select(a => a.Address))}");
            if (info is { } expectedInfo && Describe(expectedInfo) is var ei && ei != Describe(envelope.Info))
                failures.Add($"{name} INFO: expected {ei}, got {Describe(envelope.Info)}");
        }
        Report(failures, cases.Count);
        Assert.True(cases.Count > 0, "No cablemap recipient cases were found.");
        var rate = 1.0 - (double)failures.Count / cases.Count;
        Assert.True(rate >= RecipientsThreshold, $"recipients matched for {rate:P2} of {cases.Count} cases (need {RecipientsThreshold:P0}).");
    }

    [Fact]
    public void EveryCorpusHeadingParsesWithoutThrowingAndMovesForward()
    {
        var corpus = CorpusLocator.RequireCorpus();
        foreach (var dir in new[] { "cables", "variants" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, dir), "*.txt"))
            {
                var (_, index, _) = ParseHeading(File.ReadAllText(path));
                Assert.InRange(index, 0, int.MaxValue);
            }
        }
    }

    // The preamble comes before the address block; a DTG further down belongs to the text (or another record).
    private static string HeadOf(string text)
    {
        var end = 0;
        for (var n = 0; n < 80 && end >= 0; n++) end = text.IndexOf('\n', end + 1);
        return end < 0 ? text : text[..end];
    }

    internal static (Reading.Envelope Envelope, int Index, DiagnosticBag Diagnostics) ParseHeading(string text)
    {
        var lines = SplitLines(text);
        var diagnostics = new DiagnosticBag();
        var index = 0;
        var envelope = EnvelopeParser.Parse(lines, ref index, diagnostics);
        return (envelope, index, diagnostics);
    }

    internal static List<SourceLine> SplitLines(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
            lines.Add(new SourceLine(++number, 1, raw.TrimEnd()));
        return lines;
    }

    private static void AddSnippetCases(string corpus, string file, bool info, List<(string, string, JsonElement?, JsonElement?)> cases)
    {
        var path = Path.Combine(corpus, "cablemap-golden", file);
        if (!File.Exists(path)) return;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var n = 0;
        foreach (var table in doc.RootElement.GetProperty("data").EnumerateObject())
        {
            foreach (var entry in table.Value.EnumerateArray())
            {
                var @case = entry.GetProperty("case");
                var snippet = @case[0].GetString() ?? "";
                var expected = @case[1].Clone();
                cases.Add(($"{file}#{n++}", snippet, info ? null : expected, info ? expected : null));
            }
        }
    }

    private static string Describe(JsonElement recipients) =>
        string.Join("; ", recipients.EnumerateArray().Select(r =>
        {
            var route = r.GetProperty("route").GetString();
            var name = r.GetProperty("name").GetString();
            var precedence = r.GetProperty("precedence").GetString();
            var mcn = r.GetProperty("mcn").GetString();
            int? sequence = mcn is null ? null : int.Parse(mcn, CultureInfo.InvariantCulture);
            return $"{route}/{name}/{precedence}/{sequence}";
        }));

    private static string Excluded(JsonElement recipients) =>
        string.Join("; ", recipients.EnumerateArray()
            .SelectMany(r => r.TryGetProperty("excluded", out var e) ? e.EnumerateArray().Select(x => x.GetString()) : []));

    private static string Describe(IEnumerable<Addressee> addressees) =>
        string.Join("; ", addressees.Select(a => $"{a.RoutingIndicator}/{a.Address}/{a.PrecedenceText}/{a.Sequence}"));

    private static DateTime? GoldenCreated(string corpus, string id)
    {
        var path = Path.Combine(corpus, "expected", id + ".json");
        if (!File.Exists(path)) return null;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var source in doc.RootElement.GetProperty("sources").EnumerateArray())
        {
            var kind = source.GetProperty("kind").GetString();
            if (kind is not ("wikileaks-cable-viewer-metadata" or "cables.csv-columns")) continue;
            if (!source.GetProperty("fields").TryGetProperty("created", out var created)) continue;
            var value = created.GetString();
            string[] formats = ["yyyy-MM-dd HH:mm", "M/d/yyyy H:mm"];
            if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return parsed;
        }
        return null;
    }

    private void Report(List<string> failures, int total)
    {
        output.WriteLine($"{failures.Count} failures of {total}");
        foreach (var failure in failures.Take(200)) output.WriteLine(failure);
    }
}
