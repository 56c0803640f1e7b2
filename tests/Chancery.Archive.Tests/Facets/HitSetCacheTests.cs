using Chancery.Archive.Storage.Facets;

namespace Chancery.Archive.Tests.Facets;

public sealed class HitSetCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HitSet Set(int size) => new([.. Enumerable.Range(1, size).Select(i => (long)i)], null, []);

    [Fact]
    public async Task Concurrent_requests_for_one_key_compute_it_once()
    {
        var cache = new HitSetCache(1 << 20);
        var computing = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var computed = 0;
        HitSet Slow()
        {
            Interlocked.Increment(ref computed);
            computing.Set();
            release.Wait(Ct);
            return Set(10);
        }
        var first = Task.Run(() => cache.GetAsync("k", Slow, Ct), Ct);
        computing.Wait(Ct);
        var second = cache.GetAsync("k", Slow, Ct);
        Assert.False(second.IsCompleted);
        release.Set();
        Assert.Same(await first, await second);
        Assert.Equal(1, computed);
        Assert.Equal((1L, 1L), (cache.Hits, cache.Misses));
    }

    [Fact]
    public async Task The_least_recently_used_sets_go_when_the_budget_is_spent()
    {
        var one = Set(100);
        var cache = new HitSetCache(one.Bytes * 2);
        await cache.GetAsync("a", () => one, Ct);
        await cache.GetAsync("b", () => Set(100), Ct);
        Assert.NotNull(cache.Peek("a")); // a is now the most recently used
        await cache.GetAsync("c", () => Set(100), Ct);

        Assert.NotNull(cache.Peek("a"));
        Assert.Null(cache.Peek("b"));
        Assert.NotNull(cache.Peek("c"));
    }

    [Fact]
    public async Task A_failed_computation_is_not_kept_and_the_next_request_computes_again()
    {
        var cache = new HitSetCache(1 << 20);
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("k", () => throw new InvalidOperationException("busy"), Ct));
        Assert.Null(cache.Peek("k"));
        var set = await cache.GetAsync("k", () => Set(3), Ct);
        Assert.Same(set, cache.Peek("k"));
    }

    [Fact]
    public async Task A_request_waiting_on_a_computation_that_fails_computes_for_itself()
    {
        var cache = new HitSetCache(1 << 20);
        var computing = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var failing = Task.Run(() => cache.GetAsync("k", () =>
        {
            computing.Set();
            release.Wait(Ct);
            throw new OperationCanceledException("the first request was abandoned");
        }, Ct), Ct);
        computing.Wait(Ct);
        var waiting = cache.GetAsync("k", () => Set(5), Ct);
        release.Set();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => failing);
        Assert.Equal(5, (await waiting).Ids.Length);
    }
}
