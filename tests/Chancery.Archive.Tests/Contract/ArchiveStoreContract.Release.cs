using Chancery.Archive.Security;
using Chancery.Archive.Tests.Fixtures;
using Chancery.Archive.Tests.Release;
using Chancery.Cables;
using static Chancery.Archive.Tests.Contract.Q;
using static Chancery.Archive.Tests.Fixtures.ReleaseFixtures;

namespace Chancery.Archive.Tests.Contract;

/// <summary>
/// Need-to-know: every reader of <see cref="ReleaseOracle.Readers"/> against every release fixture, through every
/// channel a store has, in both release modes. Any secret word a reader may not read, found anywhere, is a leak.
/// </summary>
public abstract partial class ArchiveStoreContract
{
    /// <summary>A fresh store with the release fixtures, <see cref="ReleaseFixtures.Declassified"/> declassified explicitly.</summary>
    private async Task<IArchiveStore> ReleaseStoreAsync(ReleaseMode mode, TimeProvider? time = null)
    {
        var store = await NewStoreAsync(time);
        await store.SetPolicyAsync(new AccessPolicy(mode, AutoDeclassify: true), Ct);
        await IngestAsync(store, ReleaseFixtures.Records, batchSize: 3);
        Assert.True(await store.DeclassifyAsync(Declassified.Id, "released under FOIA request 2020-0001", "archivist1", Ct));
        return store;
    }

    [Theory]
    [InlineData(ReleaseMode.WholeCable)]
    [InlineData(ReleaseMode.PortionRelease)]
    public async Task No_reader_ever_receives_a_word_they_may_not_read(ReleaseMode mode)
    {
        var store = await ReleaseStoreAsync(mode);
        Assert.Equal(mode, (await store.GetPolicyAsync(Ct)).Mode);
        var failures = new List<string>();
        foreach (var reader in ReleaseOracle.Readers)
            await CheckReaderAsync(store, reader, mode, failures);
        Assert.True(failures.Count == 0, $"{failures.Count} leaks or mistakes:\n" + string.Join('\n', failures.Take(40)));
    }

    private static async Task CheckReaderAsync(IArchiveStore store, Principal reader, ReleaseMode mode, List<string> failures)
    {
        var allowed = ReleaseOracle.Allowed(reader, mode);
        var forbidden = ReleaseOracle.AllWords.Where(w => !allowed.Contains(w)).ToList();
        var visible = All.Where(c => ReleaseOracle.Released(c, reader, mode) is not null).ToList();
        var who = $"{reader.Name} ({mode})";

        void Leaks(string channel, string? text)
        {
            if (text is null) return;
            foreach (var word in forbidden)
                if (text.Contains(word, StringComparison.OrdinalIgnoreCase)) failures.Add($"{who}: {channel} shows {word}");
        }
        void Expect(bool condition, string what)
        {
            if (!condition) failures.Add($"{who}: {what}");
        }
        void Same<T>(IEnumerable<T> expected, IEnumerable<T> actual, string what)
        {
            var e = expected.OrderBy(x => x).ToList();
            var a = actual.OrderBy(x => x).ToList();
            if (!e.SequenceEqual(a)) failures.Add($"{who}: {what}: expected [{string.Join(", ", e)}] got [{string.Join(", ", a)}]");
        }

        // Everything: the visible set, its total, every facet, snippets and subjects.
        var everything = await store.SearchAsync(new SearchRequest(null, Limit: 1000), reader, Ct);
        Same(visible.Select(c => c.Id), everything.Results.Select(r => r.ReferenceId), "search everything");
        Expect(everything.Total == visible.Count, $"total {everything.Total}, expected {visible.Count}");
        foreach (var hit in everything.Results)
        {
            Leaks($"snippet of {hit.ReferenceId}", hit.Snippet);
            Leaks($"subject of {hit.ReferenceId}", hit.Subject);
        }
        var f = everything.Facets;
        Same(visible.Select(c => c.Cable.Station + ":1"), f.Origins.Select(r => $"{r.Value}:{r.Count}"), "origin facet");
        Same(Counts(visible.SelectMany(c => c.Cable.Tags)), f.Tags.Select(r => $"{r.Value}:{r.Count}"), "tag facet");
        Same(Counts(visible.SelectMany(c => c.Cable.Captions)), f.Captions.Select(r => $"{r.Value}:{r.Count}"), "caption facet");
        Same(Counts(visible.Select(c => Names.Of(c.Cable.Level))), f.Classifications.Select(r => $"{r.Value}:{r.Count}"), "classification facet");
        Same(Counts(visible.Select(c => c.Cable.Created.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))),
            f.Months.Select(r => $"{r.Value}:{r.Count}"), "month facet");
        Same(Counts(visible.Select(_ => "2008")), f.Years.Select(r => $"{r.Value}:{r.Count}"), "year facet");
        Same(Counts(visible.Select(c => c.Cable.Station)),
            (await store.GetStatsAsync(StatsDimension.Origin, null, reader, Ct)).Select(r => $"{r.Value}:{r.Count}"), "origin stats");

        // Every secret word: found exactly where allowed, and nowhere else (hits, totals, facets, stats).
        foreach (var word in ReleaseOracle.AllWords)
        {
            var owner = All.FirstOrDefault(c => c.Portions.Any(p => p.Word == word));
            var findable = owner is not null && allowed.Contains(word);
            var results = await store.SearchAsync(new SearchRequest(W(word), Limit: 50), reader, Ct);
            Expect(results.Total == (findable ? 1 : 0), $"search {word} gives {results.Total}");
            if (findable) Expect(results.Results.Count == 1 && results.Results[0].ReferenceId == owner!.Id, $"search {word} finds the wrong cable");
            foreach (var hit in results.Results) Leaks($"snippet for {word}", hit.Snippet + " " + hit.Subject);
            if (!findable)
                Expect(results.Facets.Months.Count + results.Facets.Origins.Count + results.Facets.Tags.Count + results.Facets.Captions.Count == 0,
                    $"facets count cables for {word}");
            var stats = await store.GetStatsAsync(StatsDimension.Month, And(W(word), Tag("PREL")), reader, Ct);
            Expect(stats.Sum(r => r.Count) == (findable ? 1 : 0), $"month stats for {word}");
            var subject = await store.SearchAsync(new SearchRequest(Subject(word)), reader, Ct);
            Expect(subject.Total == (findable && word == owner!.SubjectWord ? 1 : 0), $"subject search {word} gives {subject.Total}");
        }

        // Field-only queries go through the same views.
        foreach (var c in All)
        {
            var byTag = await store.SearchAsync(new SearchRequest(Tag("X" + c.Code.ToUpperInvariant())), reader, Ct);
            Expect(byTag.Total == (visible.Contains(c) ? 1 : 0), $"tag filter of {c.Id} gives {byTag.Total}");
            foreach (var hit in byTag.Results) Leaks($"tag snippet of {c.Id}", hit.Snippet + " " + hit.Subject);
        }

        // Export: the visible set, released text only, and all of it.
        var exported = new List<ArchivedCable>();
        await foreach (var cable in store.ExportAsync(null, reader, Ct)) exported.Add(cable);
        Same(visible.Select(c => c.Id), exported.Select(c => c.ReferenceId), "export");
        foreach (var cable in exported) CheckCable("export", cable, ReleaseOracle.ById(cable.ReferenceId)!);

        // Cables, versions and references one by one.
        foreach (var c in All)
        {
            var released = ReleaseOracle.Released(c, reader, mode);
            var cable = await store.GetCableAsync(c.Id, reader, Ct);
            var versions = await store.GetVersionsAsync(c.Id, reader, Ct);
            var links = await store.GetReferencesAsync(c.Id, reader, Ct);
            if (released is null)
            {
                Expect(cable is null, $"gets invisible {c.Id}");
                Expect(versions.Count == 0, $"gets versions of invisible {c.Id}");
                Expect(links is null, $"gets references of invisible {c.Id}");
                continue;
            }
            if (cable is null)
            {
                failures.Add($"{who}: cannot get visible {c.Id}");
                continue;
            }
            CheckCable("get", cable, c);
            foreach (var version in versions)
            {
                Leaks($"version {version.Number} raw of {c.Id}", version.RawText);
                Leaks($"version {version.Number} json of {c.Id}", CableJson.Serialize(version.Cable));
            }
            Expect(versions.Count == (c == ReleaseFixtures.Secret ? 2 : 1), $"{versions.Count} versions of {c.Id}");
            if (links is null)
            {
                failures.Add($"{who}: no references for visible {c.Id}");
                continue;
            }
            var cites = ReleaseOracle.Cites(c);
            Same(cites.Where(id => ReleaseOracle.ById(id) is { } t && visible.Contains(t)), links.References, $"references of {c.Id}");
            Same(cites.Where(id => ReleaseOracle.ById(id) is not { } t || !visible.Contains(t)), links.Dangling, $"dangling of {c.Id}");
            Same(visible.Where(v => ReleaseOracle.Cites(v).Contains(c.Id)).Select(v => v.Id), links.CitedBy, $"cited by of {c.Id}");
        }

        void CheckCable(string channel, ArchivedCable cable, ReleaseFixtures.Case c)
        {
            var json = CableJson.Serialize(cable.Cable);
            Leaks($"{channel} raw of {c.Id}", cable.RawText);
            Leaks($"{channel} json of {c.Id}", json);
            foreach (var word in ReleaseOracle.Released(c, reader, mode)!)
            {
                Expect(cable.RawText.Contains(word, StringComparison.OrdinalIgnoreCase), $"{channel} raw of {c.Id} lacks released {word}");
                Expect(json.Contains(word, StringComparison.OrdinalIgnoreCase), $"{channel} json of {c.Id} lacks released {word}");
            }
            var withheld = cable.Release?.Withheld.Count ?? 0;
            Expect(withheld == ReleaseOracle.WithheldCount(c, reader, mode), $"{channel} of {c.Id} withholds {withheld} portions");
            Expect((cable.Release?.Declassified is not null) == ReleaseOracle.IsDeclassified(c), $"{channel} of {c.Id} declassification {cable.Release?.Declassified}");
        }
    }

    private static IEnumerable<string> Counts(IEnumerable<string> values) =>
        values.GroupBy(v => v).Select(g => $"{g.Key}:{g.Count()}");

    [Fact]
    public async Task Portion_release_withholds_paragraphs_above_the_reader_and_shows_the_rest()
    {
        var store = await ReleaseStoreAsync(ReleaseMode.PortionRelease);
        var reader = new Principal("u", Classification.Unclassified, false, []);
        var cable = await store.GetCableAsync(ReleaseFixtures.Secret.Id, reader, Ct);
        Assert.NotNull(cable);
        Assert.Equal(
            [new WithheldPortion(0, 1, Classification.Secret, false), new WithheldPortion(1, 2, Classification.Confidential, false)],
            cable.Release!.Withheld);
        Assert.Equal(["S", "C"], cable.Release.Withheld.Select(w => w.Marking));
        Assert.Equal("", cable.Cable.Paragraphs[0].Text);
        Assert.Equal("S", cable.Cable.Paragraphs[0].Marking);
        Assert.Contains(ParagraphWord("sec", 2), cable.Cable.Paragraphs[2].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1. (S)", cable.RawText, StringComparison.Ordinal);
        Assert.Contains(ParagraphWord("sec", 2), cable.Cable.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ParagraphWord("sec", 0), cable.Cable.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("SEOUL", cable.Cable.Origin);
        Assert.Contains("XSEC", cable.Cable.Tags);

        // Whole-cable mode on the same archive: the same reader sees nothing of it.
        await store.SetPolicyAsync(new AccessPolicy(ReleaseMode.WholeCable), Ct);
        Assert.Null(await store.GetCableAsync(ReleaseFixtures.Secret.Id, reader, Ct));
        Assert.Equal(0, (await store.SearchAsync(new SearchRequest(W(ParagraphWord("sec", 2))), reader, Ct)).Total);
    }

    [Fact]
    public async Task Explicit_declassification_is_recorded_and_absent_cables_are_refused()
    {
        var store = await ReleaseStoreAsync(ReleaseMode.WholeCable);
        Assert.False(await store.DeclassifyAsync("99NOWHERE1", "no such cable", "archivist1", Ct));
        var cable = await store.GetCableAsync(Declassified.Id, new Principal("u", Classification.Unclassified, false, []), Ct);
        var declassified = cable?.Release?.Declassified;
        Assert.NotNull(declassified);
        Assert.Equal(("archivist1", "released under FOIA request 2020-0001", false), (declassified.By, declassified.Reason, declassified.Automatic));
        Assert.True(DateTimeOffset.UtcNow - declassified.At < TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task A_decl_date_declassifies_when_the_store_clock_passes_it_not_at_ingest()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2099, 12, 30, 12, 0, 0, TimeSpan.Zero));
        var store = await NewStoreAsync(clock);
        await store.SetPolicyAsync(new AccessPolicy(ReleaseMode.WholeCable, AutoDeclassify: true), Ct);
        await IngestAsync(store, ReleaseFixtures.Records);
        var reader = new Principal("u", Classification.Unclassified, false, []);
        Assert.Null(await store.GetCableAsync(DeclFuture.Id, reader, Ct));
        Assert.Equal(0, (await store.SearchAsync(new SearchRequest(W(ParagraphWord("dfut", 0))), reader, Ct)).Total);

        clock.Advance(TimeSpan.FromDays(2));
        var cable = await store.GetCableAsync(DeclFuture.Id, reader, Ct);
        Assert.NotNull(cable);
        Assert.Equal(new Declassification(new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero), "system", "DECL date passed", true),
            cable.Release?.Declassified);
        Assert.Equal(1, (await store.SearchAsync(new SearchRequest(W(ParagraphWord("dfut", 0))), reader, Ct)).Total);
        // DECL words never declassify; restricted captions still hide a declassified cable.
        Assert.Null(await store.GetCableAsync(DeclWord.Id, reader, Ct));
        Assert.Null(await store.GetCableAsync(DeclNone.Id, reader, Ct));
        Assert.Null(await store.GetCableAsync(NodisDeclPassed.Id, reader, Ct));

        await store.SetPolicyAsync(new AccessPolicy(ReleaseMode.WholeCable, AutoDeclassify: false), Ct);
        Assert.Null(await store.GetCableAsync(DeclFuture.Id, reader, Ct));
        Assert.Equal(new AccessPolicy(ReleaseMode.WholeCable, false), await store.GetPolicyAsync(Ct));
    }

    [Theory]
    [InlineData("xqzsecparaa\" OR \"xqzuncparaa")]
    [InlineData("\"xqzsecparaa\" OR 1=1 --")]
    [InlineData("') OR 1=1; DROP TABLE cables; --")]
    [InlineData("xqz* OR NEAR(xqzsecparaa xqztopsparaa)")]
    [InlineData("subject:(xqz*) OR body:xqzsecparaa")]
    [InlineData("tag:\"PREL' OR '1'='1\" OR origin:SEOUL")]
    [InlineData("xqzsecparaa OR xqzsecparab OR xqztopsparaa OR xqznfbanparaa OR xqzuncparaa*")]
    [InlineData("NOT xqznothing")]
    [InlineData("ref:\"LIMA 101' UNION SELECT ref_id FROM cables --\" OR xqzuncsubj")]
    public async Task Query_injection_finds_nothing_beyond_the_readers_release(string query)
    {
        foreach (var mode in new[] { ReleaseMode.WholeCable, ReleaseMode.PortionRelease })
        {
            var store = await ReleaseStoreAsync(mode);
            var reader = new Principal("u", Classification.Unclassified, false, []);
            var parsed = Chancery.Archive.Query.QueryParser.Parse(query);
            if (parsed.Query is not { } node) continue;
            var results = await store.SearchAsync(new SearchRequest(node, Limit: 1000), reader, Ct);
            var visible = All.Where(c => ReleaseOracle.Released(c, reader, mode) is not null).Select(c => c.Id).ToHashSet();
            Assert.All(results.Results, r => Assert.Contains(r.ReferenceId, visible));
            Assert.True(results.Total <= visible.Count);
            var allowed = ReleaseOracle.Allowed(reader, mode);
            foreach (var hit in results.Results)
                foreach (var word in ReleaseOracle.AllWords.Where(w => !allowed.Contains(w)))
                    Assert.DoesNotContain(word, hit.Snippet + " " + hit.Subject, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(new ArchiveCounts(All.Count, All.Count + 1), await store.CountAsync(Ct));
        }
    }
}
