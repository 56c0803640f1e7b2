using System.CommandLine;
using Chancery.Cli.Eval;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery eval --corpus DIR [--json] [--failures FIELD]</c>: per-field accuracy of the reader on a graded corpus.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string>("--corpus")
        {
            Description = "A corpus folder with cables/*.txt and expected/*.json (the layout of the shared developer corpus).",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Write the scores as JSON instead of a table." };
        var failures = new Option<string?>("--failures")
        {
            Description = "List the failing cables of one field with expected and actual values.",
            HelpName = "FIELD",
        };
        failures.AcceptOnlyFromAmong(EvalFields.All);
        var command = new Command("eval", "Grade the reader against a corpus's golden metadata, field by field, fairly (see README).")
        {
            corpus, json, failures,
        };
        command.SetAction(parsed =>
        {
            var result = CorpusEvaluator.Evaluate(parsed.GetValue(corpus)!);
            var field = parsed.GetValue(failures);
            if (parsed.GetValue(json))
            {
                using var buffer = new MemoryStream();
                EvalReport.WriteJson(result, field, buffer);
                console.WriteUtf8(buffer.ToArray());
                return ExitCodes.Ok;
            }
            EvalReport.WriteTable(result, console.Out, colours: console.Out is StreamWriter && !Console.IsOutputRedirected);
            if (field is not null) EvalReport.WriteFailures(result, field, console.Out);
            return ExitCodes.Ok;
        });
        return command;
    }
}
