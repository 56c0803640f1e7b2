using System.CommandLine;
using System.Globalization;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;
using Spectre.Console;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery stats [--by origin|tag|classification|caption|month|year] [QUERY] [--json]</c>: counts of cables per value.</summary>
internal static class StatsCommand
{
    private static readonly Dictionary<string, StatsDimension> Dimensions = new(StringComparer.Ordinal)
    {
        ["origin"] = StatsDimension.Origin,
        ["tag"] = StatsDimension.Tag,
        ["classification"] = StatsDimension.Classification,
        ["caption"] = StatsDimension.Caption,
        ["month"] = StatsDimension.Month,
        ["year"] = StatsDimension.Year,
    };

    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Count only the cables matching this query (as for search); none counts the whole archive.",
        };
        var by = new Option<string>("--by") { Description = "Group by origin, tag, classification, caption, month or year.", DefaultValueFactory = _ => "origin" };
        by.AcceptOnlyFromAmong([.. Dimensions.Keys]);
        var json = new Option<bool>("--json") { Description = "Write {\"by\": ..., \"rows\": [{\"value\": ..., \"count\": N}]}." };
        var archive = new ArchiveOptions();
        var command = new Command("stats", "Count the archive's cables by origin, tag, classification, caption, month or year.")
        {
            query, by, json,
        };
        archive.AddTo(command, withUser: true);
        command.SetAction(parsed =>
        {
            var text = QueryText.Join(parsed.GetValue(query));
            if (!QueryText.TryParse(console, text, out var node)) return ExitCodes.UsageOrInput;
            var name = parsed.GetValue(by)!;
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                var caller = await archive.CallerAsync(parsed, store, cancel);
                var rows = await new GuardedArchive(store, TimeProvider.System).GetStatsAsync(Dimensions[name], node, caller, cancel);
                if (parsed.GetValue(json))
                {
                    JsonLines.Print(console, w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("by", name);
                        JsonLines.WriteNullable(w, "query", text.Length == 0 ? null : text);
                        JsonLines.WriteCounts(w, "rows", rows);
                        w.WriteEndObject();
                    });
                    return ExitCodes.Ok;
                }
                var table = new Table().AddColumn(name).AddColumn(new TableColumn("cables").RightAligned());
                foreach (var row in rows)
                    table.AddRow(Markup.Escape(row.Value), row.Count.ToString("N0", CultureInfo.InvariantCulture));
                var ansi = Terminal.Out(console);
                if (text.Length > 0) ansi.MarkupLine($"cables matching [bold]{Markup.Escape(text)}[/]");
                ansi.Write(table);
                ansi.WriteLine();
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
