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
    /// Expands <paramref name="paths"/> and reads the inputs in parallel (a large CSV in batches of records):
    /// <paramref name="prepare"/> runs on worker threads; <paramref name="consume"/> runs on the calling thread, in
    /// input order, with each piece's errors already reported on standard error and its cables numbered within
    /// their input. Returns true when everything was read.
    /// </summary>
    public static bool ForEachInput<T>(CliConsole console, IEnumerable<string> paths, bool merge,
        Func<LoadedInput, T> prepare, Action<LoadedInput, T> consume)
    {
        var ok = true;
        var inputs = InputExpander.Expand(paths, error =>
        {
            console.Fail(error);
            ok = false;
        });
        var loader = new InputLoader(new CableReaderOptions { MergeSections = merge }, console.OpenInput);
        InputFile? current = null;
        var next = 0;
        OrderedParallel.Run(inputs.SelectMany(loader.Units), unit =>
        {
            var loaded = unit.Load();
            return (Unit: unit, Loaded: loaded, Prepared: prepare(loaded));
        }, result =>
        {
            foreach (var error in result.Loaded.Errors)
            {
                console.Fail(error);
                ok = false;
            }
            // The units of one input arrive one after another; each occurrence of a path counts from 0.
            if (!ReferenceEquals(result.Unit.Input, current))
            {
                current = result.Unit.Input;
                next = 0;
            }
            var loaded = result.Loaded;
            if (result.Unit.Renumber)
            {
                loaded = loaded with
                {
                    Cables = loaded.Cables
                        .Select(c => c with { Cable = c.Cable with { Source = new CableSource(loaded.Input.Path, next++) } })
                        .ToList(),
                };
            }
            consume(loaded, result.Prepared);
        });
        return ok;
    }
}
