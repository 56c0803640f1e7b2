namespace Chancery.Cli.Inputs;

/// <summary>Runs work over inputs on several cores but hands the results over in input order.</summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Applies <paramref name="work"/> to each item in parallel and calls <paramref name="consume"/> on the results
    /// in the order of <paramref name="items"/>, as soon as each is ready (output starts before all work is done).
    /// </summary>
    public static void Run<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> work, Action<TOut> consume)
    {
        if (items.Count <= 1 || Environment.ProcessorCount == 1)
        {
            foreach (var item in items) consume(work(item));
            return;
        }
        var results = items.AsParallel().AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(work);
        foreach (var result in results) consume(result);
    }
}
