namespace Chancery.Relay.Station;

/// <summary>A wake-up call: <see cref="Set"/> releases the current or next <see cref="WaitAsync"/>.</summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _tcs = New();

    public void Set() => Volatile.Read(ref _tcs).TrySetResult();

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var tcs = Volatile.Read(ref _tcs);
        if (!tcs.Task.IsCompleted)
        {
            try
            {
                await tcs.Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return;
            }
        }
        Interlocked.CompareExchange(ref _tcs, New(), tcs);
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
