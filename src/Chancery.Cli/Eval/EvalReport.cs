using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Chancery.Cli.Eval;

/// <summary>Prints an <see cref="EvalResult"/>: a Spectre.Console table, JSON, and the failures of one field.</summary>
internal static class EvalReport
{
    public static void WriteTable(EvalResult result, TextWriter output, bool colours)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!colours) console.Profile.Width = 120;

        var table = new Table()
            .Title($"{result.Cables} cables, {result.WithGolden} with golden metadata")
            .AddColumn("field")
            .AddColumn(new TableColumn("accuracy").RightAligned())
            .AddColumn(new TableColumn("pass").RightAligned())
            .AddColumn(new TableColumn("fail").RightAligned())
            .AddColumn(new TableColumn("not gradable").RightAligned())
            .AddColumn(new TableColumn("disputed").RightAligned())
            .AddColumn(new TableColumn("known golden errors").RightAligned());
        foreach (var s in result.Scores)
        {
            table.AddRow(s.Field, s.Accuracy is { } a ? a.ToString("P1", CultureInfo.InvariantCulture) : "-",
                N(s.Pass), N(s.Fail), N(s.NotGradable), N(s.Disputed), N(s.KnownGoldenErrors));
        }
        console.Write(table);
        console.WriteLine("accuracy = pass / (pass + fail). not gradable: no golden value, or the text cannot state it.");
        console.WriteLine("disputed: ours differs from the golden value but agrees with what the text itself says.");
    }

    /// <summary>Lists the failures of one field, then its disputed cases and known golden errors (to check by hand).</summary>
    public static void WriteFailures(EvalResult result, string field, TextWriter output)
    {
        foreach (var (outcome, title) in new[] { (Outcome.Fail, "failure(s)"), (Outcome.Disputed, "disputed"), (Outcome.KnownGoldenError, "known golden error(s)") })
        {
            var cases = result.Grades.Where(g => g.Field == field && g.Grade.Outcome == outcome).ToList();
            if (outcome != Outcome.Fail && cases.Count == 0) continue;
            output.WriteLine($"{cases.Count} {title} for {field}:");
            foreach (var f in cases)
            {
                var note = f.Grade.Note is null ? "" : $"  ({f.Grade.Note})";
                output.WriteLine($"{f.File}: expected {Show(f.Grade.Expected)} got {Show(f.Grade.Actual)}{note}");
            }
        }
    }

    public static void WriteJson(EvalResult result, string? failuresField, Stream output)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        w.WriteStartObject();
        w.WriteString("corpus", result.Corpus);
        w.WriteNumber("cables", result.Cables);
        w.WriteNumber("withGolden", result.WithGolden);
        w.WriteStartArray("fields");
        foreach (var s in result.Scores)
        {
            w.WriteStartObject();
            w.WriteString("field", s.Field);
            if (s.Accuracy is { } a) w.WriteNumber("accuracy", Math.Round(a, 4));
            else w.WriteNull("accuracy");
            w.WriteNumber("pass", s.Pass);
            w.WriteNumber("fail", s.Fail);
            w.WriteNumber("notGradable", s.NotGradable);
            w.WriteNumber("disputed", s.Disputed);
            w.WriteNumber("knownGoldenErrors", s.KnownGoldenErrors);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (failuresField is not null)
        {
            w.WriteStartArray("failures");
            foreach (var f in Failures(result, failuresField))
            {
                w.WriteStartObject();
                w.WriteString("file", f.File);
                w.WriteString("field", f.Field);
                w.WriteString("expected", f.Grade.Expected);
                w.WriteString("actual", f.Grade.Actual);
                w.WriteString("note", f.Grade.Note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.Flush();
        output.Write("\n"u8);
    }

    private static IEnumerable<GradedField> Failures(EvalResult result, string field) =>
        result.Grades.Where(g => g.Field == field && g.Grade.Outcome == Outcome.Fail);

    private static string Show(string? value) => value is null ? "null" : $"'{value}'";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
