namespace Chancery.Cli.Tests.Relay;

public class RelayCommandTests
{
    [Fact]
    public void An_invalid_configuration_is_one_line_naming_the_key_and_exit_2()
    {
        using var dir = new TempDir();
        var path = dir.Write("bad.json", """{ "routingIndicator": "RUEHAST", "address": "X", "dataDirectory": ".", "links": [ { "name": "w", "neighbor": "RUEHC", "channel": "TOOLONG" } ] }""");

        var run = CliRunner.Run("relay", "--config", path);

        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("links[0].channel", line, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_missing_configuration_file_is_one_line_and_exit_2()
    {
        var run = CliRunner.Run("relay", "--config", "/nonexistent/station.json");
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void Relay_without_config_or_subcommand_is_a_usage_error()
    {
        var run = CliRunner.Run("relay");
        Assert.Equal(2, run.Exit);
        Assert.Contains("--config", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_commands_say_in_one_line_when_the_station_is_unreachable()
    {
        var port = RelayConfigs.FreePort();
        var run = CliRunner.Run("relay", "status", "--control", $"127.0.0.1:{port}", "--json");
        Assert.Equal(2, run.Exit);
        Assert.Contains("cannot reach the station", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
