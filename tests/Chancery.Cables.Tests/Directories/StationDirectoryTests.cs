namespace Chancery.Cables.Tests.Directories;

public class StationDirectoryTests
{
    private static readonly StationDirectory Stations = StationDirectory.Default;

    [Theory]
    [InlineData("SECSTATE WASHDC", "STATE")]
    [InlineData("USOFFICE ASTANA", "ASTANA")]
    [InlineData("AMEMBASSY ASTANA", "ASTANA")]
    [InlineData("USMISSION USUN NEW YORK", "USUNNEWYORK")]
    [InlineData("USMISSION USNATO", "USNATO")]
    [InlineData("AMEMBASSY THE HAGUE", "THEHAGUE")]
    [InlineData("AMCONSUL RIO DE JANEIRO", "RIODEJANEIRO")]
    [InlineData("AMEMBASSY ABU DHABI", "ABUDHABI")]
    [InlineData("amembassy   abu dhabi ", "ABUDHABI")]
    [InlineData("AMEMBASSY ALMATY", "ALMATY")]
    public void OriginForAddressGivesTheCanonicalStation(string address, string station) =>
        Assert.Equal(station, Stations.OriginForAddress(address));

    [Theory]
    [InlineData("DEPT OF LABOR WASHDC")]
    [InlineData("AMEMBASSY ATLANTIS")]
    [InlineData("")]
    public void OriginForAddressIsNullForNonStations(string address) => Assert.Null(Stations.OriginForAddress(address));

    [Fact]
    public void RuehcIsTheDepartment()
    {
        Assert.True(Stations.TryGetByRoutingIndicator("RUEHC", null, out var entry));
        Assert.Equal(("SECSTATE WASHDC", "STATE"), (entry.Address, entry.Station));
    }

    [Fact]
    public void RuehtaMovedFromAlmatyToAstana()
    {
        Assert.True(Stations.TryGetByRoutingIndicator("RUEHTA", new DateOnly(2006, 4, 24), out var before));
        Assert.Equal(("AMEMBASSY ALMATY", "ALMATY"), (before.Address, before.Station));
        Assert.True(Stations.TryGetByRoutingIndicator("RUEHTA", new DateOnly(2010, 2, 1), out var after));
        Assert.Equal(("AMEMBASSY ASTANA", "ASTANA"), (after.Address, after.Station));
        Assert.True(Stations.TryGetByRoutingIndicator("RUEHTA", null, out var latest));
        Assert.Equal("ASTANA", latest.Station);
        Assert.Equal(after.ValidFrom, before.ValidUntil!.Value.AddDays(1));
    }

    [Fact]
    public void RuehastServesAstana()
    {
        Assert.True(Stations.TryGetByRoutingIndicator("RUEHAST", new DateOnly(2006, 4, 24), out var entry));
        Assert.Equal("ASTANA", entry.Station);
    }

    [Fact]
    public void UnknownRoutingIndicatorIsNotFound()
    {
        Assert.False(Stations.TryGetByRoutingIndicator("RUEHQQX", null, out _));
        Assert.False(Stations.IsKnownRoutingIndicator("RUEHQQX"));
        Assert.Empty(Stations.RoutesOf("RUEHQQX"));
    }

    [Fact]
    public void Acp117IndicatorsOutsideTheStateNetworkAreKnown() => Assert.True(Stations.IsKnownRoutingIndicator("RBDWC"));

    [Fact]
    public void TryGetByAddressGivesStationAndRoutes()
    {
        Assert.True(Stations.TryGetByAddress("SECSTATE WASHDC", out var entry));
        Assert.Equal("STATE", entry.Station);
        Assert.Contains(entry.Routes, r => r.RoutingIndicator == "RUEHC");
    }

    [Fact]
    public void TryGetByAddressKnowsAgenciesThatAreNoStation()
    {
        Assert.True(Stations.TryGetByAddress("DEPT OF STATE WASHINGTON DC", out var entry));
        Assert.Null(entry.Station);
        Assert.Equal(RoutingSource.Acp117, Assert.Single(entry.Routes).Source);
    }

    [Theory]
    [InlineData("ALMATY")]
    [InlineData("ASTANA")]
    [InlineData("STATE")]
    [InlineData("USUNNEWYORK")]
    [InlineData("USNATO")]
    [InlineData("THEHAGUE")]
    [InlineData("LIBREVILLE")]
    public void KnowsStationsAsReferenceIdsSpellThem(string station) => Assert.True(Stations.IsKnownStation(station));

    [Theory]
    [InlineData("EFTOLONDON")]
    [InlineData("SECSTATEWASHDC")]
    [InlineData("")]
    public void RejectsWhatIsNoStation(string station) => Assert.False(Stations.IsKnownStation(station));

    [Fact]
    public void StationListIsSortedAndLarge()
    {
        Assert.True(Stations.Stations.Count > 250);
        Assert.Equal(Stations.Stations.Order(StringComparer.Ordinal), Stations.Stations);
    }

    [Fact]
    public void TryGetStationGivesNameAddressesAndRoutes()
    {
        Assert.True(Stations.TryGetStation("astana", out var info));
        Assert.Equal("ASTANA", info.Station);
        Assert.Contains("AMEMBASSY ASTANA", info.Addresses);
        Assert.Contains(info.Routes, r => r.RoutingIndicator == "RUEHTA");
        Assert.StartsWith("Embassy", info.Name);
    }

    [Fact]
    public void ValidityIncludesBothEnds()
    {
        var entry = new RoutingEntry("RUEHXX", "X", null, new DateOnly(2006, 1, 1), new DateOnly(2006, 12, 31), RoutingSource.Observed);
        Assert.True(entry.IsValidOn(new DateOnly(2006, 1, 1)));
        Assert.True(entry.IsValidOn(new DateOnly(2006, 12, 31)));
        Assert.False(entry.IsValidOn(new DateOnly(2007, 1, 1)));
    }

    [Fact]
    public void DirectoryBuiltInCodeUsesTheOfficeWordRule()
    {
        var directory = new StationDirectory([], [], [KeyValuePair.Create("PORTAUPRINCE", (string?)null)]);
        Assert.Equal("PORTAUPRINCE", directory.OriginForAddress("AMEMBASSY PORT AU PRINCE"));
        Assert.Null(directory.OriginForAddress("PORT AU PRINCE"));
    }
}
