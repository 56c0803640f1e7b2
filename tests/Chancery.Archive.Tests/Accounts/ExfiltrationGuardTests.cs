using Chancery.Archive.Security;

namespace Chancery.Archive.Tests.Accounts;

/// <summary>The exfiltration guard through <see cref="GuardedArchive"/>: limits, refusals, alerts and their windows.</summary>
public sealed class ExfiltrationGuardTests : GuardedArchiveFixture
{
    [Fact]
    public async Task A_bulk_reader_is_stopped_exactly_at_the_hourly_limit_and_raises_one_limit_alert()
    {
        var bulk = await ReaderAsync("harvester", perHour: 120);
        var read = 0;
        var refusals = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(250));
            try
            {
                if (await Archive.GetCableAsync(Ids[i % Ids.Count], bulk, Ct) is not null) read++;
            }
            catch (AccessDeniedException e)
            {
                refusals.Add(e.Message);
            }
        }
        Assert.Equal(120, read);
        Assert.Equal(80, refusals.Count);
        Assert.Contains("120 cables per hour", refusals[0]);
        // The first read was at 09:00:00.250: the window frees a cable one hour later.
        Assert.Contains("reading resumes at 10:00 UTC", refusals[0]);
        Assert.Equal(80, (await EntriesAsync("harvester", AuditAction.Denied)).Count);
        var alerts = await EntriesAsync("harvester", AuditAction.Alert);
        Assert.Single(alerts, a => a.Event.Detail!.StartsWith("hourly limit:"));
        Assert.Equal(120, await Store.Audit.SumCablesAsync("harvester", ExfiltrationGuard.CountedActions, DateTimeOffset.MinValue, Ct));
    }

    [Fact]
    public async Task A_normal_reader_under_the_limits_is_never_refused_nor_flagged()
    {
        var analyst = await ReaderAsync("analyst", perHour: 60, perDay: 300);
        for (var day = 0; day < 3; day++)
        {
            for (var hour = 0; hour < 8; hour++)
            {
                for (var i = 0; i < 12; i++)
                {
                    Clock.Advance(TimeSpan.FromMinutes(5));
                    await Archive.SearchAsync(new SearchRequest(null), analyst, Ct);
                    Assert.NotNull(await Archive.GetCableAsync(Ids[(day + hour + i) % Ids.Count], analyst, Ct));
                }
            }
            Clock.Advance(TimeSpan.FromHours(16));
        }
        Assert.Empty(await EntriesAsync("analyst", AuditAction.Denied, AuditAction.Alert));
        Assert.Equal(3 * 8 * 12, (await EntriesAsync("analyst", AuditAction.Read)).Count);
    }

    [Fact]
    public async Task Reading_resumes_when_the_window_has_slid_past_enough_reads()
    {
        var reader = await ReaderAsync("reader", perHour: 3);
        foreach (var minutes in new[] { 0, 10, 20 })
        {
            Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, minutes, 0, TimeSpan.Zero));
            await Archive.GetCableAsync(Ids[0], reader, Ct);
        }
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.GetCableAsync(Ids[1], reader, Ct));
        Assert.Contains("resumes at 10:00 UTC", refused.Message);
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 59, 59, TimeSpan.Zero));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.GetCableAsync(Ids[1], reader, Ct));
        Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 10, 0, 1, TimeSpan.Zero));
        Assert.NotNull(await Archive.GetCableAsync(Ids[1], reader, Ct));
        // One alert for the window, however many refusals.
        Assert.Single(await EntriesAsync("reader", AuditAction.Alert));
        // A new window may raise a new alert.
        await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.GetCableAsync(Ids[2], reader, Ct));
        Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.NotNull(await Archive.GetCableAsync(Ids[2], reader, Ct));
        Assert.NotNull(await Archive.GetCableAsync(Ids[2], reader, Ct));
        Assert.NotNull(await Archive.GetCableAsync(Ids[2], reader, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.GetCableAsync(Ids[2], reader, Ct));
        Assert.Equal(2, (await EntriesAsync("reader", AuditAction.Alert)).Count);
    }

    [Fact]
    public async Task The_daily_limit_counts_the_last_24_hours()
    {
        var reader = await ReaderAsync("daily", perHour: 0, perDay: 10);
        for (var i = 0; i < 10; i++)
        {
            Clock.Advance(TimeSpan.FromHours(1));
            await Archive.GetCableAsync(Ids[i % Ids.Count], reader, Ct);
        }
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.GetVersionsAsync(Ids[0], reader, Ct));
        Assert.Contains("10 cables per day", refused.Message);
        Assert.Contains("resumes at 2026-03-03 10:00 UTC", refused.Message);
        Clock.Advance(TimeSpan.FromHours(15) - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.GetVersionsAsync(Ids[0], reader, Ct));
        Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.NotEmpty(await Archive.GetVersionsAsync(Ids[0], reader, Ct));
        Assert.Single(await EntriesAsync("daily", AuditAction.Alert), a => a.Event.Detail!.StartsWith("daily limit:"));
    }

    [Fact]
    public async Task An_export_stops_at_the_limit_and_is_audited_with_what_was_streamed()
    {
        Assert.True(Ids.Count > 5);
        var reader = await ReaderAsync("exporter", perHour: 5);
        var streamed = new List<string>();
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(async () =>
        {
            await foreach (var cable in Archive.ExportAsync(null, reader, Ct)) streamed.Add(cable.ReferenceId);
        });
        Assert.Equal(Ids.Take(5), streamed);
        Assert.Contains("5 cables per hour", refused.Message);
        var export = Assert.Single(await EntriesAsync("exporter", AuditAction.Export));
        Assert.Equal((5, "*", "10.1.2.3"), (export.Event.Cables, export.Event.Target, export.Event.From));
        Assert.Single(await EntriesAsync("exporter", AuditAction.Denied));
        // Nothing left this hour: the next export is refused before the first cable.
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
        {
            await foreach (var cable in Archive.ExportAsync(null, reader, Ct)) streamed.Add(cable.ReferenceId);
        });
        Assert.Equal(5, streamed.Count);
    }

    [Fact]
    public async Task An_abandoned_export_is_audited_with_what_was_taken()
    {
        var reader = await ReaderAsync("sampler", perHour: 0);
        await foreach (var cable in Archive.ExportAsync(null, reader, Ct)) break;
        var export = Assert.Single(await EntriesAsync("sampler", AuditAction.Export));
        Assert.Equal((1, "not finished"), (export.Event.Cables, export.Event.Detail));
    }

    [Fact]
    public async Task Searches_refs_and_stats_are_audited_but_count_no_cables()
    {
        var reader = await ReaderAsync("searcher", perHour: 1);
        var results = await Archive.SearchAsync(new SearchRequest(null, Limit: 3), reader, Ct);
        await Archive.GetReferencesAsync(Ids[0], reader, Ct);
        await Archive.GetStatsAsync(StatsDimension.Origin, null, reader, Ct);
        var entries = await Store.Audit.QueryAsync(new AuditQuery("searcher"), Ct);
        Assert.Equal([AuditAction.Stats, AuditAction.References, AuditAction.Search], entries.Select(e => e.Event.Action));
        Assert.Equal(results.Results.Count, entries[2].Event.Cables);
        Assert.All(entries, e => Assert.Equal("10.1.2.3", e.Event.From));
        Assert.NotNull(await Archive.GetCableAsync(Ids[0], reader, Ct));
    }

    [Fact]
    public async Task The_system_is_audited_under_its_name_and_never_limited()
    {
        var system = new Caller(null, "cli", "cli:operator");
        for (var i = 0; i < 30; i++) await Archive.GetCableAsync(Ids[i % Ids.Count], system, Ct);
        Assert.Equal(30, (await EntriesAsync("cli:operator", AuditAction.Read)).Count);
        Assert.Empty(await EntriesAsync("cli:operator", AuditAction.Denied, AuditAction.Alert));
    }

    [Fact]
    public async Task A_disabled_user_reads_nothing()
    {
        var reader = await ReaderAsync("gone", perHour: 0);
        var disabled = new Caller(reader.User! with { Disabled = true }, "10.1.2.3");
        await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.GetCableAsync(Ids[0], disabled, Ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Archive.SearchAsync(new SearchRequest(null), disabled, Ct));
        Assert.Equal(2, (await EntriesAsync("gone", AuditAction.Denied)).Count);
        Assert.Empty(await EntriesAsync("gone", AuditAction.Read, AuditAction.Search));
    }

    [Fact]
    public async Task A_reader_far_above_their_own_usual_volume_raises_one_alert_without_being_refused()
    {
        var reader = await ReaderAsync("binge", perHour: 0, perDay: 0);
        for (var i = 0; i < 130; i++)
        {
            Clock.Advance(TimeSpan.FromSeconds(10));
            Assert.NotNull(await Archive.GetCableAsync(Ids[i % Ids.Count], reader, Ct));
        }
        var alert = Assert.Single(await EntriesAsync("binge", AuditAction.Alert));
        Assert.StartsWith("unusual volume: 'binge' read 101 cables in the last hour", alert.Event.Detail);
        Assert.Empty(await EntriesAsync("binge", AuditAction.Denied));
    }

    [Fact]
    public async Task A_heavy_reader_at_their_usual_volume_is_not_flagged()
    {
        var reader = await ReaderAsync("heavy", perHour: 0, perDay: 0);
        var start = Clock.GetUtcNow();
        // Two weeks of 8 working hours at 100 cables an hour, recorded as hourly batches.
        for (var day = 0; day < 14; day++)
            for (var hour = 0; hour < 8; hour++)
                await Store.Audit.AppendAsync(new AuditEvent(start.AddDays(day).AddHours(hour), "heavy", AuditAction.Export, "tag:KZ", 100, "cli"), Ct);
        Clock.SetUtcNow(start.AddDays(14).AddHours(1));
        for (var i = 0; i < 150; i++)
            Assert.NotNull(await Archive.GetCableAsync(Ids[i % Ids.Count], reader, Ct));
        Assert.Empty(await EntriesAsync("heavy", AuditAction.Alert));
    }

    [Fact]
    public async Task Reading_across_many_posts_at_once_raises_a_breadth_alert()
    {
        var reader = await ReaderAsync("browser", perHour: 0, perDay: 0);
        var guard = Archive.Guard;
        var start = Clock.GetUtcNow();
        // Usually two posts a day.
        for (var day = 0; day < 10; day++)
            foreach (var post in new[] { "ASTANA", "ALMATY" })
                await Store.Audit.AppendAsync(new AuditEvent(start.AddDays(day), "browser", AuditAction.Read, $"06{post}{day + 1}", 1, "cli"), Ct);
        Clock.SetUtcNow(start.AddDays(10));
        for (var i = 0; i < 20; i++)
            await Store.Audit.AppendAsync(new AuditEvent(Clock.GetUtcNow(), "browser", AuditAction.Read, $"07POST{(char)('A' + i)}{i + 1}", 1, "cli"), Ct);
        var raised = await guard.ReviewAsync(reader, Ct);
        Assert.StartsWith("unusual breadth: 'browser' read cables from 20 posts in the last hour; usual is about 2 posts a day", Assert.Single(raised));
        Assert.Empty(await guard.ReviewAsync(reader, Ct));
        Assert.Single(await EntriesAsync("browser", AuditAction.Alert));
    }

    [Fact]
    public async Task A_bulk_reader_with_parallel_requests_is_stopped_exactly_at_the_limit()
    {
        var bulk = await ReaderAsync("parallel", perHour: 25);
        // On the thread pool: SQLite's calls complete synchronously, so plain async lambdas would run one after another.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            try
            {
                return await Archive.GetCableAsync(Ids[i % Ids.Count], bulk, Ct) is not null;
            }
            catch (AccessDeniedException)
            {
                return false;
            }
        }, Ct)));
        Assert.Equal(25, outcomes.Count(o => o));
        Assert.Equal(35, (await EntriesAsync("parallel", AuditAction.Denied)).Count);
        Assert.Single(await EntriesAsync("parallel", AuditAction.Alert), a => a.Event.Detail!.StartsWith("hourly limit:"));
    }

    [Fact]
    public async Task Sign_in_audits_successes_and_failures()
    {
        var reader = await ReaderAsync("signer", perHour: 0);
        Assert.Equal(LoginOutcome.Success, (await SignIn.WithPasswordAsync(Store, "signer", "a long password", "10.0.0.1", Clock, Ct)).Outcome);
        Assert.Equal(LoginOutcome.Rejected, (await SignIn.WithPasswordAsync(Store, "signer", "wrong password", "10.0.0.1", Clock, Ct)).Outcome);
        var token = await Store.Users.IssueTokenAsync("signer", cancellationToken: Ct);
        Assert.Equal(reader.User!.Name, (await SignIn.WithTokenAsync(Store, token.Token, "10.0.0.2", Clock, Ct))?.Name);
        Assert.Null(await SignIn.WithTokenAsync(Store, "chy_forged", "10.0.0.3", Clock, Ct));
        var entries = await Store.Audit.QueryAsync(new AuditQuery(Actions: [AuditAction.Login, AuditAction.LoginFailed]), Ct);
        Assert.Equal([(AuditAction.LoginFailed, SignIn.Anonymous, "10.0.0.3"), (AuditAction.LoginFailed, "signer", "10.0.0.1"), (AuditAction.Login, "signer", "10.0.0.1")],
            entries.Select(e => (e.Event.Action, e.Event.User, e.Event.From)));
    }

    [Theory]
    [InlineData("06ASTANA38", "ASTANA")]
    [InlineData("09STATE123456", "STATE")]
    [InlineData("not an id", null)]
    [InlineData("tag:KZ", null)]
    public void The_post_comes_from_the_reference_id(string id, string? post) => Assert.Equal(post, ExfiltrationGuard.Post(id));
}
