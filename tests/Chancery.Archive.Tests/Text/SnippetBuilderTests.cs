using Chancery.Archive.Query;
using Chancery.Archive.Text;
using static Chancery.Archive.Tests.Contract.Q;

namespace Chancery.Archive.Tests.Text;

public class SnippetBuilderTests
{
    private static string[] Highlighted(Snippet s) => [.. s.Highlights.Select(r => s.Text.Substring(r.Start, r.Length))];

    [Fact]
    public void Short_text_is_kept_whole_with_whitespace_collapsed()
    {
        var s = SnippetBuilder.Build("1. (C) Ministry officials\n   said the quota\nwould rise.", HighlightTerm.From(W("quota")));
        Assert.Equal("1. (C) Ministry officials said the quota would rise.", s.Text);
        Assert.Equal(["quota"], Highlighted(s));
    }

    [Fact]
    public void Window_moves_to_the_densest_matches_and_marks_the_cuts()
    {
        var filler = string.Join(' ', Enumerable.Repeat("nothing to see here", 40));
        var text = filler + " the Caspian oil pipeline and another oil pipeline deal " + filler;
        var s = SnippetBuilder.Build(text, HighlightTerm.From(Phrase("oil", "pipeline")), maxLength: 120);
        Assert.StartsWith("…", s.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", s.Text, StringComparison.Ordinal);
        Assert.Equal(["oil pipeline", "oil pipeline"], Highlighted(s));
        Assert.True(s.Text.Length <= 122);
    }

    [Fact]
    public void Negated_words_are_not_highlighted_and_prefixes_and_diacritics_are()
    {
        var terms = HighlightTerm.From(And(Prefix("pipe"), Not(W("gas")), W("societe")));
        var s = SnippetBuilder.Build("Gas pipelines of the Société Générale.", terms);
        Assert.Equal(["pipelines", "Société"], Highlighted(s));
    }

    [Fact]
    public void Without_matches_the_snippet_is_the_start()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 200));
        var s = SnippetBuilder.Build(text, HighlightTerm.From(AllNode.Instance), maxLength: 50);
        Assert.StartsWith("word word", s.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", s.Text, StringComparison.Ordinal);
        Assert.Empty(s.Highlights);
    }
}
