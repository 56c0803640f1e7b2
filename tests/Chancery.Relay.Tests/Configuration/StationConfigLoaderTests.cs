using Chancery.Relay.Configuration;

namespace Chancery.Relay.Tests.Configuration;

public class StationConfigLoaderTests
{
    private const string Astana = """
        {
          "routingIndicator": "RUEHAST",
          "address": "USOFFICE ASTANA",
          "listen": "127.0.0.1:7101",
          "control": "127.0.0.1:7201",
          "dataDirectory": "./station-astana",
          "serves": ["RUEHAST"],
          "links": [
            { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:7100", "channel": "AST" }
          ],
          "routes": [
            { "prefix": "RUEH", "link": "washington", "alternate": null },
            { "prefix": "", "link": "washington" }
          ],
          "collectives": { "RUCNCIS": ["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"] }
        }
        """;

    [Fact]
    public void The_contract_example_loads_with_every_key()
    {
        var config = StationConfigLoader.Parse(Astana, "/srv/relay");

        Assert.Equal("RUEHAST", config.RoutingIndicator);
        Assert.Equal("USOFFICE ASTANA", config.Address);
        Assert.Equal("127.0.0.1:7101", config.Listen);
        Assert.Equal("127.0.0.1:7201", config.Control);
        Assert.Equal("/srv/relay/station-astana", config.DataDirectory);
        Assert.Equal(["RUEHAST"], config.Serves);
        Assert.Equal(new LinkConfig("washington", "RUEHC", "127.0.0.1:7100", "AST"), Assert.Single(config.Links));
        Assert.Equal([new RouteConfig("RUEH", "washington", null), new RouteConfig("", "washington", null)], config.Routes);
        Assert.Equal(["RUEHDBU", "RUEHLN", "RUEHVK", "RUEHYG"], config.Collectives["RUCNCIS"]);
    }

    [Theory]
    [InlineData("\"routingIndicator\": \"RUEHAST\"", "\"routingIndicator\": \"ru-ast\"", "routingIndicator")]
    [InlineData("\"address\": \"USOFFICE ASTANA\",", "", "address")]
    [InlineData("\"control\": \"127.0.0.1:7201\"", "\"control\": \"10.1.2.3:7201\"", "control")]
    [InlineData("\"listen\": \"127.0.0.1:7101\"", "\"listen\": \"nowhere\"", "listen")]
    [InlineData("\"channel\": \"AST\"", "\"channel\": \"AS\"", "links[0].channel")]
    [InlineData("\"endpoint\": \"127.0.0.1:7100\"", "\"endpoint\": \"127.0.0.1\"", "links[0].endpoint")]
    [InlineData("\"link\": \"washington\", \"alternate\": null", "\"link\": \"london\", \"alternate\": null", "routes[0].link")]
    [InlineData("\"alternate\": null", "\"alternate\": \"paris\"", "routes[0].alternate")]
    [InlineData("{ \"prefix\": \"\", \"link\": \"washington\" }", "{ \"prefix\": \"RUEH\", \"link\": \"washington\" }", "routes[1].prefix")]
    [InlineData("\"RUEHYG\"]", "\"RUEHYG\", 7]", "collectives.RUCNCIS[4]")]
    [InlineData("\"serves\"", "\"serve\"", "serve")]
    public void An_invalid_key_is_named_with_its_reason(string find, string replace, string key)
    {
        var json = Astana.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Astana, json);

        var error = Assert.Throws<StationConfigException>(() => StationConfigLoader.Parse(json, "/srv"));

        Assert.Equal(key, error.Key);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_its_line()
    {
        var error = Assert.Throws<StationConfigException>(() => StationConfigLoader.Parse("{\n \"routingIndicator\": ", "/srv"));
        Assert.Equal("(file)", error.Key);
        Assert.Contains("line", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_waits_for_its_neighbour_needs_a_listen_address()
    {
        var json = Astana.Replace("\"listen\": \"127.0.0.1:7101\",", "", StringComparison.Ordinal)
            .Replace("\"endpoint\": \"127.0.0.1:7100\", ", "", StringComparison.Ordinal);
        Assert.Equal("listen", Assert.Throws<StationConfigException>(() => StationConfigLoader.Parse(json, "/srv")).Key);
    }

    [Fact]
    public void Timers_are_read_and_checked()
    {
        var json = Astana.TrimEnd().TrimEnd('}') + ", \"timers\": { \"retransmitSeconds\": 0.5, \"failoverSeconds\": 3 } }";
        var config = StationConfigLoader.Parse(json, "/srv");
        Assert.Equal(0.5, config.Timers.RetransmitSeconds);
        Assert.Equal(3, config.Timers.FailoverSeconds);

        var bad = json.Replace("0.5", "-1", StringComparison.Ordinal);
        Assert.Equal("timers.retransmitSeconds", Assert.Throws<StationConfigException>(() => StationConfigLoader.Parse(bad, "/srv")).Key);
    }

    [Fact]
    public void A_missing_file_is_a_config_error_not_a_crash()
    {
        var error = Assert.Throws<StationConfigException>(() => StationConfigLoader.Load("/nonexistent/station.json"));
        Assert.Equal("(file)", error.Key);
    }
}
