using Chancery.Archive.Storage.Postgres;

namespace Chancery.Archive.Tests.Postgres;

/// <summary>Every version is kept: the same text changes nothing, a changed text is a new version.</summary>
public sealed class PostgresVersionTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task Same_text_is_unchanged_and_a_changed_text_is_a_new_version()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await PostgresArchiveStore.OpenAsync(database.Require(), cancellationToken: ct);
        var first = TestCables.Make("08CHARLIE7", "Port visit", "The frigate will call at the port.", "2008-06-01T10:00:00");
        var second = TestCables.Make("08CHARLIE7", "Port visit postponed", "The frigate will not call at the port.", "2008-06-01T10:00:00",
            published: "08CHARLIE07", rawSuffix: "corrected copy");
        var other = TestCables.Make("08CHARLIE8", "Fuel prices", "Prices rose.", "2008-06-02T10:00:00");

        var before = await store.CountAsync(ct);
        Assert.Equal([SaveOutcome.Added, SaveOutcome.Added], await store.SaveBatchAsync([first, other], ct));
        Assert.Equal([SaveOutcome.Unchanged, SaveOutcome.Updated, SaveOutcome.Unchanged], await store.SaveBatchAsync([first, second, second], ct));
        Assert.Equal(new ArchiveCounts(before.Cables + 2, before.Versions + 3), await store.CountAsync(ct));

        var versions = await store.GetVersionsAsync("08CHARLIE7", Principal.Unrestricted, ct);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(first.RawText, versions[0].RawText);
        Assert.Equal(second.Cable, versions[1].Cable);

        // The latest version is what is searched and shown; the malformed published id finds it too.
        var latest = await store.GetCableAsync("08CHARLIE07", Principal.Unrestricted, ct);
        Assert.NotNull(latest);
        Assert.Equal(("08CHARLIE7", "08CHARLIE07", 2, 2), (latest.ReferenceId, latest.PublishedId, latest.Version, latest.VersionCount));
        var postponed = await store.SearchAsync(new SearchRequest(new Chancery.Archive.Query.TermNode("postponed")), Principal.Unrestricted, ct);
        Assert.Equal(["08CHARLIE7"], postponed.Results.Select(r => r.ReferenceId));
        Assert.Equal(0, (await store.SearchAsync(new SearchRequest(new Chancery.Archive.Query.PhraseNode(["will", "call"])), Principal.Unrestricted, ct)).Total);
    }

    [Fact]
    public async Task Versions_are_stamped_by_the_store_clock_in_whole_seconds_as_SQLite_keeps_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.Zero));
        await using var store = await PostgresArchiveStore.OpenAsync(database.Require(), clock, ct);
        await store.SaveBatchAsync([TestCables.Make("10ECHO1", "Clock", "Tick.", "2010-01-01T00:00:00")], ct);
        clock.Advance(TimeSpan.FromDays(1));
        await store.SaveBatchAsync([TestCables.Make("10ECHO1", "Clock", "Tock.", "2010-01-01T00:00:00")], ct);
        var versions = await store.GetVersionsAsync("10ECHO1", Principal.Unrestricted, ct);
        Assert.Equal([new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero), new DateTimeOffset(2026, 3, 5, 5, 6, 7, TimeSpan.Zero)],
            versions.Select(v => v.StoredAt));
    }

    [Fact]
    public async Task Two_stores_writing_the_same_cables_at_once_number_versions_without_collisions()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = await PostgresArchiveStore.OpenAsync(database.Require(), cancellationToken: ct);
        await using var second = await PostgresArchiveStore.OpenAsync(database.Require(), cancellationToken: ct);
        IncomingCable[] Batch(string text) =>
            [.. Enumerable.Range(1, 50).Select(i => TestCables.Make($"11FOXTROT{i}", "Race", text, "2011-01-01T00:00:00"))];
        var outcomes = await Task.WhenAll(first.SaveBatchAsync(Batch("One text."), ct), second.SaveBatchAsync(Batch("Another text."), ct));
        Assert.All(outcomes, batch => Assert.Equal(50, batch.Count));
        Assert.Equal(50, outcomes.SelectMany(o => o).Count(o => o == SaveOutcome.Added));
        Assert.Equal(50, outcomes.SelectMany(o => o).Count(o => o == SaveOutcome.Updated));
        var versions = await first.GetVersionsAsync("11FOXTROT7", Principal.Unrestricted, ct);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
    }

    [Fact]
    public async Task Text_postgres_cannot_hold_is_kept_and_given_back_as_it_was()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await PostgresArchiveStore.OpenAsync(database.Require(), cancellationToken: ct);
        var odd = TestCables.Make("09DELTA1", "Nul\0in subject", "Body with a nul \0 byte.", "2009-01-01T00:00:00", rawSuffix: "tail\0end");
        Assert.Equal([SaveOutcome.Added], await store.SaveBatchAsync([odd], ct));
        var stored = await store.GetCableAsync("09DELTA1", Principal.Unrestricted, ct);
        Assert.Equal(odd.RawText, stored!.RawText);
        Assert.Equal(odd.Cable, stored.Cable);
    }
}
