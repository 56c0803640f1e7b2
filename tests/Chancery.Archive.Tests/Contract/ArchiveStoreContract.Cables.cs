using Chancery.Archive.Tests.Fixtures;
using Chancery.Cables;
using static Chancery.Archive.Tests.Contract.Q;

namespace Chancery.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    [Fact]
    public async Task Get_cable_gives_the_latest_version_with_its_raw_text()
    {
        var cable = await Store.GetCableAsync("06ASTANA412", Principal.Unrestricted, Ct);
        Assert.NotNull(cable);
        Assert.Equal((2, 2), (cable.Version, cable.VersionCount));
        Assert.Equal(FixtureCorpus.GrainTalksRevised.Text, cable.RawText);
        Assert.Contains("barley", cable.Cable.Body, StringComparison.Ordinal);
        Assert.Equal(new CableReader().Read(cable.RawText).Paragraphs, cable.Cable.Paragraphs);
    }

    [Fact]
    public async Task Get_cable_by_published_id_and_in_any_case()
    {
        var byPublished = await Store.GetCableAsync(FixtureCorpus.MalformedPublishedId, Principal.Unrestricted, Ct);
        Assert.Equal("08PARIS150", byPublished?.ReferenceId);
        Assert.Equal(FixtureCorpus.MalformedPublishedId, byPublished?.PublishedId);
        Assert.Equal("06ASTANA420", (await Store.GetCableAsync("06astana420", Principal.Unrestricted, Ct))?.ReferenceId);
        Assert.Null((await Store.GetCableAsync("06ASTANA420", Principal.Unrestricted, Ct))?.PublishedId);
        Assert.Null(await Store.GetCableAsync("99NOWHERE1", Principal.Unrestricted, Ct));
    }

    [Fact]
    public async Task Versions_keep_every_text_oldest_first()
    {
        var versions = await Store.GetVersionsAsync("06ASTANA412", Principal.Unrestricted, Ct);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal([FixtureCorpus.GrainTalks.Text, FixtureCorpus.GrainTalksRevised.Text], versions.Select(v => v.RawText));
        Assert.Equal(["fixtures/06ASTANA412.txt", "fixtures/v2/06ASTANA412.txt"], versions.Select(v => v.Source));
        Assert.Contains("wheat", versions[0].Cable.Body, StringComparison.Ordinal);
        Assert.Single(await Store.GetVersionsAsync("06ASTANA420", Principal.Unrestricted, Ct));
        Assert.Empty(await Store.GetVersionsAsync("99NOWHERE1", Principal.Unrestricted, Ct));
    }

    [Fact]
    public async Task References_resolve_both_ways_and_keep_dangling_ones()
    {
        var links = await Store.GetReferencesAsync("06ASTANA420", Principal.Unrestricted, Ct);
        Assert.NotNull(links);
        Assert.Equal(["06ASTANA412"], links.References);
        Assert.Equal(["06STATE55555"], links.Dangling);
        Assert.Equal(["06ALMATY1500"], links.CitedBy);
        var cited = await Store.GetReferencesAsync("06ASTANA412", Principal.Unrestricted, Ct);
        Assert.Equal(["06ASTANA420", "09STATE1234"], cited?.CitedBy);
        Assert.Empty(cited!.References);
        Assert.Null(await Store.GetReferencesAsync("99NOWHERE1", Principal.Unrestricted, Ct));
    }

    [Fact]
    public async Task A_reference_to_a_cable_ingested_later_resolves()
    {
        var store = await NewStoreAsync();
        await IngestAsync(store, [Record(FixtureCorpus.CairoTerror)]);
        Assert.Equal(["08TOKYO300"], (await store.GetReferencesAsync("08CAIRO500", Principal.Unrestricted, Ct))?.Dangling);
        await IngestAsync(store, [Record(FixtureCorpus.TokyoExdis)]);
        var links = await store.GetReferencesAsync("08CAIRO500", Principal.Unrestricted, Ct);
        Assert.Equal(["08TOKYO300"], links?.References);
        Assert.Empty(links!.Dangling);
        Assert.Equal(["08CAIRO500"], (await store.GetReferencesAsync("08TOKYO300", Principal.Unrestricted, Ct))?.CitedBy);
    }

    private static Ingest.IngestRecord Record(FixtureCable cable) => new(cable.Text, cable.ReferenceId + ".txt", cable.ReferenceId);

    // ---- need-to-know ----

    [Fact]
    public async Task Each_principal_sees_only_what_it_may()
    {
        Assert.Equal(Set("05ASTANA100", "06ASTANA420", "07MOSCOW2100", "08PARIS150", "09KABUL101", "09STATE1234"),
            await IdsAsync(null, Principals.Unclassified));
        Assert.Equal(10, (await IdsAsync(null, Principals.Confidential)).Count);
        Assert.Equal(11, (await IdsAsync(null, Principals.Secret)).Count);
        Assert.Equal(13, (await IdsAsync(null, Principals.SecretNoForn)).Count);
        Assert.Equal(14, (await IdsAsync(null, Principals.SecretNoFornExdis)).Count);
        Assert.Equal(15, (await IdsAsync(null, Principal.Unrestricted)).Count);
    }

    [Fact]
    public async Task A_noforn_portion_makes_the_cable_noforn_and_its_level_effective()
    {
        Assert.Empty(await IdsAsync(Id("07MOSCOW2001"), Principals.Confidential));
        Assert.Empty(await IdsAsync(Id("07MOSCOW2001"), Principals.Secret));
        Assert.Equal(Set("07MOSCOW2001"), await IdsAsync(Id("07MOSCOW2001"), Principals.SecretNoForn));
        Assert.Null(await Store.GetCableAsync("07MOSCOW2001", Principals.Secret, Ct));
        Assert.NotNull(await Store.GetCableAsync("07MOSCOW2001", Principals.SecretNoForn, Ct));
    }

    [Fact]
    public async Task Restricted_captions_need_the_access()
    {
        Assert.Null(await Store.GetCableAsync("07PARIS900", Principals.SecretNoForn, Ct));
        Assert.Null(await Store.GetCableAsync("07PARIS900", Principals.SecretNoFornExdis, Ct));
        Assert.NotNull(await Store.GetCableAsync("07PARIS900", Principals.SecretNoFornNodis, Ct));
        Assert.Equal(Set("08TOKYO300"), await IdsAsync(Tag("PARM"), Principals.SecretNoFornExdis));
        Assert.Empty(await IdsAsync(Tag("PARM"), Principals.SecretNoFornNodis));
    }

    [Fact]
    public async Task Facets_and_totals_count_only_visible_cables()
    {
        var results = await Store.SearchAsync(new SearchRequest(Tag("KZ")), Principals.Confidential, Ct);
        Assert.Equal(4, results.Total);
        Assert.DoesNotContain(results.Facets.Captions, r => r.Value == "NOFORN");
        Assert.DoesNotContain(results.Facets.Origins, r => r.Value == "ALMATY");
        var stats = await Store.GetStatsAsync(StatsDimension.Caption, null, Principals.Confidential, Ct);
        Assert.DoesNotContain(stats, r => r.Value is "NOFORN" or "NODIS" or "EXDIS");
    }

    [Fact]
    public async Task References_do_not_reveal_invisible_cables()
    {
        var links = await Store.GetReferencesAsync("06ASTANA420", Principals.Confidential, Ct);
        Assert.Empty(links!.CitedBy);
        var cairo = await Store.GetReferencesAsync("08CAIRO500", Principals.Confidential, Ct);
        Assert.DoesNotContain("08TOKYO300", cairo!.References);
        Assert.Null(await Store.GetReferencesAsync("08TOKYO300", Principals.Confidential, Ct));
        Assert.Empty(await Store.GetVersionsAsync("08TOKYO300", Principals.Confidential, Ct));
    }
}
