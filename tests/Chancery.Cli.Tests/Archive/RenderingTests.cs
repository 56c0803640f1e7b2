using Chancery.Archive;
using Chancery.Cli.Archive;
using Spectre.Console;

namespace Chancery.Cli.Tests.Archive;

public class RenderingTests
{
    [Fact]
    public void HighlightsEscapeMarkupAndSurviveBadRanges()
    {
        var markup = Highlighter.Markup("[AND] pipeline fees [/]", [new TextRange(6, 8), new TextRange(10, 50), new TextRange(-3, 2)], "bold");
        Assert.Equal("[[AND]] [bold]pipeline[/][bold] fees [[/]][/]", markup);
        var output = new StringWriter();
        Terminal.Create(output, interactive: false).MarkupLine(markup);
        Assert.Equal("[AND] pipeline fees [/]\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void CsvQuotesOnlyWhatNeedsIt()
    {
        var cable = new Chancery.Cables.CableReader().Read(ArchiveFixtures.A);
        var row = ExportCsv.Row(new ArchivedCable("07REYKJAVIK101", null, cable with { Subject = "SAID \"NO\", TWICE" }, ArchiveFixtures.A, 2, 2));
        Assert.Equal("07REYKJAVIK101,2007-02-01T12:00:00Z,REYKJAVIK,UNCLASSIFIED,,PREL|IC,\"SAID \"\"NO\"\", TWICE\",,2", row);
    }
}
