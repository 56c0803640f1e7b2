using Chancery.Archive.Query;
using Chancery.Cables;
using static Chancery.Archive.Tests.Query.Q;

namespace Chancery.Archive.Tests.Query;

public class QueryPrinterTests
{
    [Theory]
    [InlineData("oil pipeline", "oil pipeline")]
    [InlineData("Oil AND \"Natural  Gas\"", "oil \"natural gas\"")]
    [InlineData("a1 OR b1 c1", "a1 OR b1 c1")]
    [InlineData("a1 (b1 OR c1)", "a1 (b1 OR c1)")]
    [InlineData("NOT tag:prel", "* -tag:PREL")]
    [InlineData("oil -(gas OR coal)", "oil -(gas OR coal)")]
    [InlineData("pipe*", "pipe*")]
    [InlineData("subject:(oil OR \"natural gas\")", "subject:oil OR subject:\"natural gas\"")]
    [InlineData("to:\"secstate washdc\" to:2006-06-30", "to:\"SECSTATE WASHDC\" to:2006-06")]
    [InlineData("to:\"2006\"", "to:\"2006\"")]
    [InlineData("class:lou", "class:\"LIMITED OFFICIAL USE\"")]
    [InlineData("from:2006-01-01 to:2006-12-31", "from:2006 to:2006")]
    [InlineData("from:2006-03-05", "from:2006-03-05")]
    [InlineData("id:06astana038 ref:\"05 ALMATY 1450\"", "id:06ASTANA38 ref:05ALMATY1450")]
    [InlineData("", "*")]
    public void PrintsTheNormalForm(string query, string printed)
    {
        Assert.Equal(printed, QueryPrinter.Print(Parsed(query)));
        Assert.Equal(Parsed(query), Parsed(printed));
    }

    [Fact]
    public void RefineAddsAFilterToAQuery()
    {
        var refined = QueryPrinter.Refine(Parsed("oil OR gas"), Tag("PREL"));
        Assert.Equal("(oil OR gas) tag:PREL", QueryPrinter.Print(refined));
        Assert.Equal(Tag("PREL"), QueryPrinter.Refine(AllNode.Instance, Tag("PREL")));
        Assert.Equal(Parsed("oil from:2006 to:2006-06"), QueryPrinter.Refine(Parsed("oil from:2006"), Dates(null, D(2006, 7))));
    }

    [Fact]
    public void ValuesWithSpacesOrParenthesesAreQuoted()
    {
        Assert.Equal("tag:\"OVIP (RICE, CONDOLEEZZA)\"", QueryPrinter.Print(Tag("OVIP (RICE, CONDOLEEZZA)")));
        Assert.Equal(Tag("OVIP (RICE, CONDOLEEZZA)"), Parsed(QueryPrinter.Print(Tag("OVIP (RICE, CONDOLEEZZA)"))));
        Assert.Equal("class:SECRET", QueryPrinter.Print(Class(Classification.Secret)));
    }
}
