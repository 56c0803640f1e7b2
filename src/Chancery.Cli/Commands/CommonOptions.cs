using System.CommandLine;
using Chancery.Cables;
using Chancery.Cli.Inputs;

namespace Chancery.Cli.Commands;

/// <summary>Arguments and steps shared by the commands that read cables.</summary>
internal static class CommonOptions
{
    /// <summary>The PATH... argument.</summary>
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files, directories (read recursively: *.txt, *.html, *.htm, *.csv, *.jsonl) or - for standard input.",
        };
        // An unknown option would otherwise be taken for a path; a file named like an option can be given as ./-x.
        paths.Validators.Add(result =>
        {
            var unknown = result.Tokens.Select(t => t.Value).FirstOrDefault(v => v.Length > 1 && v[0] == '-');
            if (unknown is not null) result.AddError($"unknown option '{unknown}'");
        });
        return paths;
    }

    /// <summary>The --no-merge option.</summary>
    public static Option<bool> NoMerge() => new("--no-merge")
    {
        Description = "Keep the sections of one message (SECTION 01 OF 02, 02 OF 02) as separate cables.",
    };

    /// <summary>
    /// Expands <paramref name="paths"/>, loads every input in parallel and hands each to <paramref name="consume"/>
    /// in input order, with its errors already reported on standard error. Returns true when all inputs were read.
    /// </summary>
    public static bool ForEachInput<T>(CliConsole console, IEnumerable<string> paths, bool merge,
        Func<LoadedInput, T> render, Action<T> consume)
    {
        var ok = true;
        var inputs = InputExpander.Expand(paths, error =>
        {
            console.Fail(error);
            ok = false;
        });
        var loader = new InputLoader(new CableReaderOptions { MergeSections = merge }, console.OpenInput);
        OrderedParallel.Run(inputs, input =>
        {
            var loaded = loader.Load(input);
            return (loaded.Errors, Rendered: render(loaded));
        }, result =>
        {
            foreach (var error in result.Errors)
            {
                console.Fail(error);
                ok = false;
            }
            consume(result.Rendered);
        });
        return ok;
    }
}
