using Chancery.Cables;
using static Chancery.Archive.Tests.Contract.Q;

namespace Chancery.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    [Fact]
    public async Task Word_matches_subject_and_body() =>
        Assert.Equal(Set("06ASTANA412", "09STATE1234"), await IdsAsync(W("grain")));

    [Fact]
    public async Task Search_sees_only_the_latest_version()
    {
        Assert.Empty(await IdsAsync(W("rise")));
        Assert.Equal(Set("06ASTANA412"), await IdsAsync(W("barley")));
        Assert.Equal(Set("09KABUL101"), await IdsAsync(W("wheat")));
    }

    [Fact]
    public async Task Words_are_not_stemmed() =>
        Assert.Equal(Set("06ALMATY1500", "06ASTANA420"), await IdsAsync(W("pipeline")));

    [Fact]
    public async Task Phrase_needs_the_words_in_order()
    {
        Assert.Equal(Set("06ASTANA420"), await IdsAsync(Phrase("oil", "pipeline")));
        Assert.Empty(await IdsAsync(Phrase("pipeline", "oil")));
    }

    [Fact]
    public async Task Prefix_matches_word_beginnings() =>
        Assert.Equal(Set("06ALMATY1500", "06ASTANA420", "07MOSCOW2001"), await IdsAsync(Prefix("pipe")));

    [Fact]
    public async Task And_needs_every_part() =>
        Assert.Equal(Set("08CAIRO500", "09KABUL100"), await IdsAsync(And(W("border"), W("security"))));

    [Fact]
    public async Task Or_needs_any_part() =>
        Assert.Equal(Set("06ASTANA412", "08TOKYO310"), await IdsAsync(Or(W("barley"), W("rice"))));

    [Fact]
    public async Task Not_excludes_text() =>
        Assert.Equal(Set("05ASTANA100"), await IdsAsync(And(W("election"), Not(W("parliamentary")))));

    [Fact]
    public async Task Not_of_text_combines_with_filters() =>
        Assert.Equal(Set("05ASTANA100", "06ASTANA412", "09STATE1234"), await IdsAsync(And(Tag("KZ"), Not(W("pipeline")))));

    [Fact]
    public async Task Or_of_text_and_filter() =>
        Assert.Equal(Set("06ASTANA412", "08CAIRO500", "09CAIRO50"), await IdsAsync(Or(Origin("CAIRO"), W("barley"))));

    [Fact]
    public async Task Not_alone_gives_everything_else() =>
        Assert.Equal(10, (await IdsAsync(Not(Tag("KZ")))).Count);

    [Fact]
    public async Task Tag_filter() =>
        Assert.Equal(Set("06ALMATY1500", "06ASTANA412", "07MOSCOW2001", "07PARIS900", "09STATE1234"), await IdsAsync(Tag("PREL")));

    [Fact]
    public async Task Origin_filter() =>
        Assert.Equal(Set("07MOSCOW2001", "07MOSCOW2100"), await IdsAsync(Origin("MOSCOW")));

    [Fact]
    public async Task Caption_filter() =>
        Assert.Equal(Set("06ASTANA420", "07MOSCOW2100"), await IdsAsync(Caption("SENSITIVE")));

    [Fact]
    public async Task Classification_filter_uses_the_banner() =>
        Assert.Equal(Set("06ASTANA412", "07MOSCOW2001", "07PARIS900", "08CAIRO500", "09CAIRO50"), await IdsAsync(Class(Classification.Confidential)));

    [Fact]
    public async Task Addressee_filter_by_routing_indicator_and_address()
    {
        Assert.Equal(Set("09STATE1234"), await IdsAsync(To("RUEHAST")));
        Assert.Equal(Set("07MOSCOW2001"), await IdsAsync(To("RUEHFR")));
        Assert.Equal(14, (await IdsAsync(To("SECSTATE"))).Count);
        Assert.Equal(await IdsAsync(To("RUEHC")), await IdsAsync(To("SECSTATE WASHDC")));
    }

    [Fact]
    public async Task Reference_filter() =>
        Assert.Equal(Set("06ASTANA420", "09STATE1234"), await IdsAsync(Ref("06ASTANA412")));

    [Fact]
    public async Task Id_filter_by_canonical_or_published_id()
    {
        Assert.Equal(Set("08PARIS150"), await IdsAsync(Id("08PARIS150")));
        Assert.Equal(Set("08PARIS150"), await IdsAsync(Id(Fixtures.FixtureCorpus.MalformedPublishedId)));
    }

    [Fact]
    public async Task Subject_scope_ignores_the_body()
    {
        Assert.Equal(Set("08CAIRO500", "09KABUL100"), await IdsAsync(W("security")));
        Assert.Equal(Set("09KABUL100"), await IdsAsync(Subject("security")));
    }

    [Fact]
    public async Task Date_ranges_are_half_open()
    {
        Assert.Equal(Set("08CAIRO500", "08PARIS150", "08TOKYO300", "08TOKYO310"), await IdsAsync(Dates("2008-01-01", "2009-01-01")));
        Assert.Equal(Set("09CAIRO50", "09KABUL100", "09KABUL101", "09STATE1234"), await IdsAsync(Dates("2009-01-01", null)));
        Assert.Equal(Set("05ASTANA100"), await IdsAsync(Dates(null, "2006-01-01")));
        Assert.Equal(Set("09KABUL100"), await IdsAsync(Dates("2009-01-20T10:30:00", "2009-01-20T10:30:01")));
    }

    [Fact]
    public async Task Text_and_filters_together() =>
        Assert.Equal(Set("06ASTANA412", "09STATE1234"), await IdsAsync(And(Tag("KZ"), W("quota"), Dates("2006-01-01", null))));

    [Fact]
    public async Task Word_without_matches_gives_nothing_and_empty_facets()
    {
        var results = await Store.SearchAsync(new SearchRequest(W("zeppelin")), Principal.Unrestricted, Ct);
        Assert.Equal(0, results.Total);
        Assert.Empty(results.Results);
        Assert.Empty(results.Facets.Tags);
        Assert.Empty(results.Facets.Months);
    }

    [Fact]
    public async Task Facets_count_all_matches_not_only_the_page()
    {
        var results = await Store.SearchAsync(new SearchRequest(Tag("KZ"), Limit: 2), Principal.Unrestricted, Ct);
        Assert.Equal(5, results.Total);
        Assert.Equal(2, results.Results.Count);
        var f = results.Facets;
        Assert.Equal([("KZ", 5L), ("PREL", 3L), ("PGOV", 2L), ("ECON", 1L), ("ENRG", 1L), ("EPET", 1L)], Rows(f.Tags));
        Assert.Equal([("ASTANA", 3L), ("ALMATY", 1L), ("STATE", 1L)], Rows(f.Origins));
        Assert.Equal([("UNCLASSIFIED", 3L), ("CONFIDENTIAL", 1L), ("SECRET", 1L)], Rows(f.Classifications));
        Assert.Equal([("SIPDIS", 3L), ("NOFORN", 1L), ("SENSITIVE", 1L)], Rows(f.Captions));
        Assert.Equal([("2005", 1L), ("2006", 3L), ("2009", 1L)], Rows(f.Years));
        Assert.Equal([("2005-12", 1L), ("2006-04", 1L), ("2006-05", 1L), ("2006-06", 1L), ("2009-02", 1L)], Rows(f.Months));
    }

    [Fact]
    public async Task Facet_limit_cuts_values_but_not_months()
    {
        var results = await Store.SearchAsync(new SearchRequest(null, FacetLimit: 2), Principal.Unrestricted, Ct);
        Assert.Equal(2, results.Facets.Tags.Count);
        Assert.Equal(2, results.Facets.Origins.Count);
        Assert.Equal(5, results.Facets.Years.Count);
        Assert.Equal(13, results.Facets.Months.Count);
    }

    [Fact]
    public async Task Pages_cover_every_match_once()
    {
        var seen = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var results = await Store.SearchAsync(new SearchRequest(null, Limit: 4, Page: page, Sort: SearchSort.Date), Principal.Unrestricted, Ct);
            Assert.Equal(15, results.Total);
            Assert.Equal(page switch { 4 => 3, 5 => 0, _ => 4 }, results.Results.Count);
            seen.AddRange(results.Results.Select(r => r.ReferenceId));
        }
        Assert.Equal(15, seen.Distinct().Count());
    }

    [Fact]
    public async Task Sort_by_date_both_ways()
    {
        var oldest = await Store.SearchAsync(new SearchRequest(null, Limit: 1000, Sort: SearchSort.Date), Principal.Unrestricted, Ct);
        var newest = await Store.SearchAsync(new SearchRequest(null, Limit: 1000, Sort: SearchSort.DateDescending), Principal.Unrestricted, Ct);
        Assert.Equal("05ASTANA100", oldest.Results[0].ReferenceId);
        Assert.Equal("09CAIRO50", oldest.Results[^1].ReferenceId);
        Assert.Equal(oldest.Results.Select(r => r.ReferenceId).Reverse(), newest.Results.Select(r => r.ReferenceId));
        Assert.True(oldest.Results.Zip(oldest.Results.Skip(1)).All(p => p.First.Created <= p.Second.Created));
    }

    [Fact]
    public async Task Relevance_puts_the_better_match_first_and_newest_first_without_words()
    {
        var ranked = await Store.SearchAsync(new SearchRequest(W("pipeline")), Principal.Unrestricted, Ct);
        Assert.Equal(["06ASTANA420", "06ALMATY1500"], ranked.Results.Select(r => r.ReferenceId));
        var all = await Store.SearchAsync(new SearchRequest(Tag("AF")), Principal.Unrestricted, Ct);
        Assert.Equal(["09KABUL101", "09KABUL100"], all.Results.Select(r => r.ReferenceId));
    }

    [Fact]
    public async Task Hits_carry_the_cable_fields()
    {
        var hit = (await Store.SearchAsync(new SearchRequest(Id("06ASTANA420")), Principal.Unrestricted, Ct)).Results.Single();
        Assert.Equal(new DateTime(2006, 5, 10, 10, 30, 0, DateTimeKind.Utc), hit.Created);
        Assert.Equal("ASTANA", hit.Origin);
        Assert.Equal(Classification.Unclassified, hit.Classification);
        Assert.Equal("KAZAKHSTAN: CASPIAN OIL PIPELINE PLANS", hit.Subject);
        Assert.Equal(["EPET", "ENRG", "KZ"], hit.Tags);
        Assert.Equal(["SENSITIVE", "SIPDIS"], hit.Captions);
    }

    [Fact]
    public async Task Snippet_highlights_the_matched_word()
    {
        var hit = (await Store.SearchAsync(new SearchRequest(W("barley")), Principal.Unrestricted, Ct)).Results.Single();
        var range = Assert.Single(hit.Highlights);
        Assert.Equal("barley", hit.Snippet.Substring(range.Start, range.Length));
        Assert.DoesNotContain('\n', hit.Snippet);
    }

    [Fact]
    public async Task Snippet_highlights_phrases_and_prefixes()
    {
        var phrase = (await Store.SearchAsync(new SearchRequest(Phrase("oil", "pipeline")), Principal.Unrestricted, Ct)).Results.Single();
        Assert.Contains("oil pipeline", phrase.Highlights.Select(r => phrase.Snippet.Substring(r.Start, r.Length)));
        var prefix = (await Store.SearchAsync(new SearchRequest(And(Prefix("pipe"), Origin("MOSCOW"))), Principal.Unrestricted, Ct)).Results.Single();
        Assert.Equal(["pipelines"], prefix.Highlights.Select(r => prefix.Snippet.Substring(r.Start, r.Length)));
    }

    [Fact]
    public async Task Stats_group_by_origin_largest_first()
    {
        var rows = await Store.GetStatsAsync(StatsDimension.Origin, null, Principal.Unrestricted, Ct);
        Assert.Equal([("ASTANA", 3L), ("CAIRO", 2L), ("KABUL", 2L), ("MOSCOW", 2L), ("PARIS", 2L), ("TOKYO", 2L), ("ALMATY", 1L), ("STATE", 1L)], Rows(rows));
    }

    [Fact]
    public async Task Stats_by_month_follow_a_query_in_time_order()
    {
        var rows = await Store.GetStatsAsync(StatsDimension.Month, Origin("KABUL"), Principal.Unrestricted, Ct);
        Assert.Equal([("2009-01", 2L)], Rows(rows));
        var years = await Store.GetStatsAsync(StatsDimension.Year, Tag("FR"), Principal.Unrestricted, Ct);
        Assert.Equal([("2007", 1L), ("2008", 1L)], Rows(years));
    }

    [Fact]
    public async Task Export_streams_matches_in_id_order()
    {
        var ids = new List<string>();
        await foreach (var cable in Store.ExportAsync(Tag("KZ"), Principals.Confidential, Ct))
        {
            ids.Add(cable.ReferenceId);
            Assert.Equal(cable.ReferenceId, cable.Cable.ReferenceId);
        }
        Assert.Equal(["05ASTANA100", "06ASTANA412", "06ASTANA420", "09STATE1234"], ids);
    }
}
