using Chancery.Cables.Tests.Envelope;

namespace Chancery.Cables.Tests.Directories;

/// <summary>
/// The directories against the developer corpus, read by the reader: originator addresses give the station of
/// the cable's reference id, TAGS are known, addressee routing indicators serve the addressed station on the
/// cable's date. The thresholds leave room for the corpus's own typos and for a reader still improving.
/// </summary>
public class DirectoryCorpusTests
{
    private sealed record Tally(int Originators, int OriginatorsMatched, int Tags, int TagsKnown, int Routes, int RoutesKnown, int Dated, int DatedMatched, IReadOnlyList<string> Misses);

    private static readonly Lazy<Tally> s_tally = new(Measure);

    private static Tally Measure()
    {
        var corpus = CorpusLocator.Find()!;
        var stations = StationDirectory.Default;
        var tags = TagDirectory.Default;
        var reader = new CableReader();
        int originators = 0, originatorsMatched = 0, tagCount = 0, tagsKnown = 0, routes = 0, routesKnown = 0, dated = 0, datedMatched = 0;
        var misses = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(corpus, "cables"), "*.txt").Order(StringComparer.Ordinal))
        {
            var cable = reader.Read(File.ReadAllText(file), file);
            if (cable.From?.Address is { } from && cable.Origin is { } origin)
            {
                originators++;
                if (stations.OriginForAddress(from) == origin) originatorsMatched++;
                else if (misses.Count < 20) misses.Add($"{Path.GetFileName(file)}: FM {from} is not {origin}");
            }
            foreach (var tag in cable.Tags)
            {
                if (tag.Length is < 2 or > 6 || !tag.All(char.IsAsciiLetterUpper)) continue;
                tagCount++;
                if (tags.Contains(tag)) tagsKnown++;
            }
            DateOnly? at = cable.Created is { } created ? DateOnly.FromDateTime(created) : null;
            foreach (var addressee in cable.To.Concat(cable.Info))
            {
                if (addressee.RoutingIndicator is not { } ri || ri == "ZEN") continue;
                routes++;
                if (stations.IsKnownRoutingIndicator(ri)) routesKnown++;
                if (at is null || stations.OriginForAddress(addressee.Address) is not { } station) continue;
                dated++;
                if (stations.TryGetByRoutingIndicator(ri, at, out var entry) && entry.Station == station) datedMatched++;
            }
        }
        return new Tally(originators, originatorsMatched, tagCount, tagsKnown, routes, routesKnown, dated, datedMatched, misses);
    }

    private static Tally Tallied()
    {
        CorpusLocator.RequireCorpus();
        return s_tally.Value;
    }

    [Fact]
    public void OriginatorAddressesGiveTheStationOfTheReferenceId()
    {
        var tally = Tallied();
        Assert.True(tally.Originators > 3000, $"only {tally.Originators} cables with FM line and id");
        Assert.True(tally.OriginatorsMatched >= tally.Originators * 0.99,
            $"{tally.OriginatorsMatched} of {tally.Originators} matched; first misses:\n{string.Join('\n', tally.Misses)}");
    }

    [Fact]
    public void NearlyAllCodeLikeTagsAreKnown()
    {
        var tally = Tallied();
        Assert.True(tally.Tags > 15000, $"only {tally.Tags} TAGS read");
        Assert.True(tally.TagsKnown >= tally.Tags * 0.97, $"{tally.TagsKnown} of {tally.Tags} TAGS known");
    }

    [Fact]
    public void AddresseeRoutingIndicatorsAreKnown()
    {
        var tally = Tallied();
        Assert.True(tally.Routes > 15000, $"only {tally.Routes} addressee routing indicators read");
        Assert.True(tally.RoutesKnown >= tally.Routes * 0.995, $"{tally.RoutesKnown} of {tally.Routes} known");
    }

    [Fact]
    public void RoutingIndicatorsServeTheAddressedStationOnTheCablesDate()
    {
        var tally = Tallied();
        Assert.True(tally.Dated > 10000, $"only {tally.Dated} dated station addressees");
        Assert.True(tally.DatedMatched >= tally.Dated * 0.99, $"{tally.DatedMatched} of {tally.Dated} matched");
    }
}
