using System.Text.Json;
using Chancery.Cables;

namespace Chancery.Cli.Tests;

public class CableJsonTests
{
    [Fact]
    public void CableSurvivesWriteThenRead()
    {
        var cable = Fixtures.Full();
        Assert.Equal(cable, CableJson.Deserialize(CableJson.Serialize(cable)));
    }

    [Fact]
    public void JsonSurvivesReadThenWrite()
    {
        var json = CableJson.Serialize(Fixtures.Full());
        Assert.Equal(json, CableJson.Serialize(CableJson.Deserialize(json)));
    }

    [Fact]
    public void EmptyCableSurvivesBothWays()
    {
        var empty = new Cable();
        var json = CableJson.Serialize(empty);
        Assert.Equal(empty, CableJson.Deserialize(json));
        Assert.Equal(json, CableJson.Serialize(CableJson.Deserialize(json)));
    }

    [Fact]
    public void IndentedAndCompactFormsReadBackTheSame()
    {
        var cable = Fixtures.Full();
        Assert.Equal(cable, CableJson.Deserialize(CableJson.Serialize(cable, indented: true)));
        Assert.DoesNotContain('\n', CableJson.Serialize(cable));
    }

    [Fact]
    public void ValuesAreSpelledAsTheContractSays()
    {
        using var doc = JsonDocument.Parse(CableJson.Serialize(Fixtures.Full()));
        var root = doc.RootElement;
        Assert.Equal("2006-04-24T03:36:00Z", root.GetProperty("created").GetString());
        Assert.Equal("LIMITED OFFICIAL USE", root.GetProperty("classification").GetString());
        Assert.Equal("PRIORITY", root.GetProperty("precedence").GetString());
        Assert.Equal("ROUTINE", root.GetProperty("infoPrecedence").GetString());
        Assert.Equal("NIACT IMMEDIATE", root.GetProperty("to")[0].GetProperty("precedence").GetString());
        Assert.Equal(116, root.GetProperty("to")[0].GetProperty("sequence").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("info")[1].GetProperty("precedence").ValueKind);
        Assert.Equal("cable", root.GetProperty("references")[0].GetProperty("kind").GetString());
        Assert.Equal("email", root.GetProperty("references")[1].GetProperty("kind").GetString());
        Assert.Equal("warning", root.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
        Assert.Equal(2, root.GetProperty("sections").GetProperty("count").GetInt32());
        Assert.Equal(114, root.GetProperty("transmission").GetProperty("filingTime").GetProperty("julianDay").GetInt32());
        Assert.Equal("UNCLASSIFIED", root.GetProperty("transmission").GetProperty("securityWarning").GetString());
        Assert.Equal("2033-04-16", root.GetProperty("executiveOrder").GetProperty("declassify").GetString());
        Assert.Equal(["1.4(b)", "1.4(d)"], root.GetProperty("classifiedBy").GetProperty("reasons").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("in/cables.txt", root.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(3, root.GetProperty("source").GetProperty("index").GetInt32());
    }

    [Fact]
    public void UnstatedValuesAreNullAndListsAreEmpty()
    {
        using var doc = JsonDocument.Parse(CableJson.Serialize(new Cable()));
        var root = doc.RootElement;
        foreach (var name in new[] { "referenceId", "origin", "serial", "created", "precedence", "infoPrecedence", "classification",
                     "sections", "transmission", "from", "executiveOrder", "classifiedBy", "subject", "subjectMarking", "summary", "signature" })
            Assert.Equal(JsonValueKind.Null, root.GetProperty(name).ValueKind);
        foreach (var name in new[] { "captions", "to", "info", "exempted", "forLines", "tags", "references", "paragraphs", "diagnostics" })
            Assert.Equal(0, root.GetProperty(name).GetArrayLength());
        Assert.Equal("", root.GetProperty("body").GetString());
    }

    [Fact]
    public void NonAsciiTextIsWrittenAsIsAndStillValidJson()
    {
        var json = CableJson.Serialize(new Cable { Body = "¶1. Café \"quoted\"\n" });
        Assert.Contains("¶1. Café \\\"quoted\\\"\\n", json);
        Assert.Equal("¶1. Café \"quoted\"\n", JsonDocument.Parse(json).RootElement.GetProperty("body").GetString());
    }

    [Fact]
    public void UnknownPropertiesAreIgnoredAndMissingOnesDefault()
    {
        var cable = CableJson.Deserialize("""{"referenceId":"07REYKJAVIK212","extra":{"x":[1,2]},"tags":["PREL"]}""");
        Assert.Equal("07REYKJAVIK212", cable.ReferenceId);
        Assert.Equal(["PREL"], cable.Tags);
        Assert.Empty(cable.To);
        Assert.Equal("", cable.Body);
    }

    [Theory]
    [InlineData("""{"serial":"38"}""", "serial")]
    [InlineData("""{"tags":"PREL"}""", "tags")]
    [InlineData("""{"created":"24 April 2006"}""", "created")]
    [InlineData("""{"classification":"UNCLAS"}""", "classification")]
    [InlineData("""{"references":[{"text":"X","kind":"Cable"}]}""", "kind")]
    [InlineData("""{"to":[{"address":"X","precedence":"NIACT"}]}""", "precedence")]
    [InlineData("""[1,2]""", "cable")]
    public void WrongShapesAreJsonExceptionsNamingTheProperty(string json, string property)
    {
        var e = Assert.Throws<JsonException>(() => CableJson.Deserialize(json));
        Assert.Contains($"'{property}'", e.Message);
    }

    [Fact]
    public void NotJsonIsAJsonException() => Assert.ThrowsAny<JsonException>(() => CableJson.Deserialize("{not json"));
}
