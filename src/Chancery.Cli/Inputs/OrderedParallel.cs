namespace Chancery.Cli.Inputs;

/// <summary>Runs work over items on several cores but hands the results over in item order.</summary>
internal static class OrderedParallel
{
    /// <summary>
    /// Enumerates <paramref name="items"/> on the calling thread, runs <paramref name="work"/> on the thread pool
    /// with a bounded number in flight, and calls <paramref name="consume"/> on the calling thread with the results
    /// in item order. The bound keeps memory flat however long the input (a whole <c>cables.csv</c>).
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, Action<TOut> consume)
    {
        var window = Math.Max(2, Environment.ProcessorCount * 2);
        if (Environment.ProcessorCount == 1)
        {
            foreach (var item in items) consume(work(item));
            return;
        }
        var pending = new Queue<Task<TOut>>(window);
        foreach (var item in items)
        {
            pending.Enqueue(Task.Run(() => work(item)));
            if (pending.Count >= window) consume(Result(pending.Dequeue()));
        }
        while (pending.Count > 0) consume(Result(pending.Dequeue()));
    }

    // Waiting for a task through GetResult spins first: on two cores the spinning takes a core from the workers
    // this thread waits for. A blocking wait leaves the cores to them.
    private static T Result<T>(Task<T> task)
    {
        if (!task.IsCompleted) ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        return task.GetAwaiter().GetResult();
    }
}
