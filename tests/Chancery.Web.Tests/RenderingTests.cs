using Chancery.Archive;
using Chancery.Web.Rendering;

namespace Chancery.Web.Tests;

public sealed class RenderingTests
{
    [Fact]
    public void Snippet_marks_highlights_and_encodes_the_rest()
    {
        var html = Snippets.Html("a <b> pipeline & more", [new TextRange(6, 8)]).ToString();
        Assert.Equal("a &lt;b&gt; <mark>pipeline</mark> &amp; more", html);
    }

    [Theory]
    [InlineData(-5, 10)]
    [InlineData(3, 1000)]
    [InlineData(50, 3)]
    [InlineData(2, 0)]
    public void Snippet_survives_ranges_out_of_bounds(int start, int length)
    {
        var html = Snippets.Html("short text", [new TextRange(start, length)]).ToString();
        Assert.Equal("short text", html!.Replace("<mark>", "").Replace("</mark>", ""));
    }

    [Fact]
    public void Overlapping_highlights_merge_into_one_mark()
    {
        var html = Snippets.Html("oil pipeline", [new TextRange(4, 4), new TextRange(6, 6)]).ToString();
        Assert.Equal("oil <mark>pipeline</mark>", html);
    }

    [Fact]
    public void Highlights_never_split_a_surrogate_pair()
    {
        var html = Snippets.Html("x😀y", [new TextRange(2, 1)]).ToString();
        Assert.Contains("<mark>", html);
        Assert.DoesNotContain("\uFFFD", html);
        Assert.Equal([(1, 3)], Snippets.Clean("x😀y", [new TextRange(2, 1)]));
    }

    [Theory]
    [InlineData("", "tag", "PREL", "tag:PREL")]
    [InlineData("pipeline", "tag", "PREL", "pipeline tag:PREL")]
    [InlineData("pipeline tag:PREL", "tag", "PREL", "pipeline tag:PREL")]
    [InlineData("oil OR gas", "origin", "ASTANA", "(oil OR gas) origin:ASTANA")]
    [InlineData("x", "class", "TOP SECRET", "x class:\"TOP SECRET\"")]
    [InlineData("x", "tag", "OVIP (KISSINGER, HENRY A.)", "x tag:\"OVIP (KISSINGER, HENRY A.)\"")]
    public void Refining_adds_the_filter_once(string query, string field, string value, string expected) =>
        Assert.Equal(expected, QueryRefiner.Add(query, field, value));

    [Fact]
    public void Month_histogram_fills_gaps_and_links_only_months_with_cables()
    {
        var svg = MonthHistogram.Render([new CountRow("2006-11", 3), new CountRow("2007-02", 1)], m => "/m/" + m, "label");
        Assert.Equal(4, MonthHistogram.Fill([new CountRow("2006-11", 3), new CountRow("2007-02", 1)]).Count);
        Assert.Contains("href=\"/m/2006-11\"", svg);
        Assert.Contains("href=\"/m/2007-02\"", svg);
        Assert.DoesNotContain("/m/2006-12", svg);
    }

    [Fact]
    public void Svg_escapes_what_it_draws()
    {
        var svg = BarChart.Render([new CountRow("<script>", 2)], v => "/x?v=" + v, _ => "", "a \"label\"");
        Assert.DoesNotContain("<script>", svg);
        Assert.Contains("&lt;script&gt;", svg);
    }

    [Fact]
    public void Diff_folds_long_unchanged_stretches()
    {
        var old = string.Join('\n', Enumerable.Range(1, 30).Select(i => "line " + i));
        var @new = old.Replace("line 15", "line fifteen");
        var diff = LineDiff.Compute(old, @new);
        Assert.Contains(diff, l => l is { Change: LineChange.Removed, Text: "line 15", OldNumber: 15 });
        Assert.Contains(diff, l => l is { Change: LineChange.Added, Text: "line fifteen", NewNumber: 15 });
        Assert.Equal(2, diff.Count(l => l is null));
        Assert.True(diff.Count < 12);
    }

    [Fact]
    public void Pager_shows_ends_and_a_window()
    {
        Assert.Equal([1, 0, 8, 9, 10, 11, 12, 0, 40], Pager.Pages(10, 40));
        Assert.Equal([1, 2, 3], Pager.Pages(1, 3));
    }

    [Fact]
    public void A_histogram_is_drawn_once_for_the_same_query_and_counts_and_again_when_either_changes()
    {
        using var cache = new HistogramCache();
        var draws = 0;
        string Draw(string key, params CountRow[] months) => cache.GetOrDraw(key, months, () => $"svg{++draws}");
        Assert.Equal("svg1", Draw("q=oil", new CountRow("2006-11", 3)));
        Assert.Equal("svg1", Draw("q=oil", new CountRow("2006-11", 3)));
        Assert.Equal("svg2", Draw("q=oil", new CountRow("2006-11", 4)));
        Assert.Equal("svg3", Draw("q=gas", new CountRow("2006-11", 3)));
        Assert.Equal(3, draws);
    }
}
