using System.CommandLine;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Cli.Archive;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery search QUERY [--limit N] [--page N] [--sort relevance|date|-date] [--json]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Words, \"phrases\", AND/OR/NOT, (...), prefix*, tag: origin: class: caption: from: to: ref: id: subject:(...). Several words are joined; none matches everything.",
        };
        var limit = new Option<int>("--limit") { Description = "Results per page (1-1000).", DefaultValueFactory = _ => 20, HelpName = "N" };
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1, HelpName = "N" };
        var sort = new Option<string>("--sort") { Description = "Order: relevance, date (oldest first) or -date (newest first).", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date", "-date");
        var json = new Option<bool>("--json") { Description = "Write the answer as one JSON object (see contracts/archive.md)." };
        var archive = new ArchiveOptions();
        var command = new Command("search", "Search the archive: matching cables with highlighted snippets and facet counts.")
        {
            query, limit, page, sort, json,
        };
        archive.AddTo(command, withUser: true);
        command.SetAction(parsed =>
        {
            if (!OptionRange.Check(console, "--limit", parsed.GetValue(limit), 1, 1000)
                || !OptionRange.Check(console, "--page", parsed.GetValue(page), 1, int.MaxValue))
                return ExitCodes.UsageOrInput;
            if (!QueryText.TryParse(console, QueryText.Join(parsed.GetValue(query)), out var node)) return ExitCodes.UsageOrInput;
            var request = new SearchRequest(node, parsed.GetValue(limit), parsed.GetValue(page), parsed.GetValue(sort) switch
            {
                "date" => SearchSort.Date,
                "-date" => SearchSort.DateDescending,
                _ => SearchSort.Relevance,
            });
            return ArchiveCommandRunner.Run(console, archive.Location(parsed), mustExist: true, async (store, cancel) =>
            {
                var caller = await archive.CallerAsync(parsed, store, cancel);
                var results = await new GuardedArchive(store, TimeProvider.System).SearchAsync(request, caller, cancel);
                if (parsed.GetValue(json)) JsonLines.Print(console, w => SearchJson.Write(w, results, request));
                else SearchText.Write(Terminal.Out(console), results, request);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
