using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Chancery.Archive;
using Chancery.Archive.Security;
using Chancery.Archive.Storage;
using Chancery.Cables;
using Chancery.Cli.Commands;
using Chancery.Cli.Tests.Relay;

namespace Chancery.Cli.Tests;

/// <summary><c>chancery serve --relay FILE</c>: a station beside the site, delivering into the archive served.</summary>
public sealed class ServeRelayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_bad_station_configuration_is_one_line_naming_the_key_and_nothing_starts()
    {
        using var dir = new TempDir();
        var config = dir.Write("station.json", """
            { "routingIndicator": "RUEHAST", "address": "USOFFICE ASTANA", "dataDirectory": "./astana",
              "links": [ { "name": "washington", "neighbor": "RUEHC", "endpoint": "127.0.0.1:7100", "channel": "TOOLONG" } ] }
            """);
        var db = Path.Combine(dir.Path, "site.db");
        var run = CliRunner.Run("serve", "--db", db, "--urls", $"http://127.0.0.1:{RelayConfigs.FreePort()}", "--demo-size", "0", "--relay", config);
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"chancery: --relay {config}: links[0].channel: ", line);
        Assert.False(File.Exists(db), "the archive was opened before the configuration was checked");
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "astana")), "the station's data directory was made");
    }

    [Fact]
    public void A_missing_station_configuration_is_one_line()
    {
        using var dir = new TempDir();
        var run = CliRunner.Run("serve", "--db", Path.Combine(dir.Path, "site.db"), "--demo-size", "0", "--relay", "/nonexistent/station.json");
        Assert.Equal(2, run.Exit);
        Assert.Contains("/nonexistent/station.json", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task A_station_port_in_use_is_one_line()
    {
        using var dir = new TempDir();
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var config = dir.Write("station.json", $$"""
            { "routingIndicator": "RUEHC", "address": "SECSTATE WASHDC", "listen": "127.0.0.1:{{port}}", "dataDirectory": "./washington",
              "serves": ["RUEHC"], "links": [ { "name": "astana", "neighbor": "RUEHAST", "channel": "WAA" } ],
              "routes": [ { "prefix": "RUEHAST", "link": "astana" } ] }
            """);
        var stderr = new StringWriter();
        var console = new CliConsole(() => new StringReader(""), new StringWriter(), stderr);
        var exit = await ServeCommand.RunAsync(console, new ServeCommand.Settings(new ArchiveLocation.Sqlite(Path.Combine(dir.Path, "site.db")),
            $"http://127.0.0.1:{RelayConfigs.FreePort()}", DemoSize: 0, RelayConfig: config), null, Ct);
        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"chancery: --relay: cannot listen on 127.0.0.1:{port}", line);
    }

    [Fact]
    public async Task The_station_delivers_into_the_archive_served_shows_in_the_comm_centre_and_stops_with_the_site()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "site.db");
        string token;
        await using (var store = await ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(db), Ct))
        {
            await store.Users.AddAsync(new NewUser("ops", Classification.Secret, true, [], UserRole.Archivist), "a long enough password", Ct);
            token = (await store.Users.IssueTokenAsync("ops", cancellationToken: Ct)).Token;
        }
        int listen = RelayConfigs.FreePort(), control = RelayConfigs.FreePort();
        var config = dir.Write("station.json", $$"""
            { "routingIndicator": "RUEHAST", "address": "USOFFICE ASTANA", "listen": "127.0.0.1:{{listen}}", "control": "127.0.0.1:{{control}}",
              "dataDirectory": "./astana", "serves": ["RUEHAST"],
              "links": [ { "name": "washington", "neighbor": "RUEHC", "channel": "AST" } ],
              "routes": [ { "prefix": "", "link": "washington" } ] }
            """);
        var url = $"http://127.0.0.1:{RelayConfigs.FreePort()}";
        var stderr = new StringWriter();
        var console = new CliConsole(() => new StringReader(""), new StringWriter(), TextWriter.Synchronized(stderr));
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(console,
            new ServeCommand.Settings(new ArchiveLocation.Sqlite(db), url, DemoSize: 0, RelayConfig: config), _ => started.TrySetResult(), stop.Token), Ct);
        await Task.WhenAny(started.Task, serving).WaitAsync(TimeSpan.FromSeconds(60), Ct);
        Assert.True(started.Task.IsCompleted, "did not start: " + stderr);
        for (var i = 0; i < 100 && !stderr.ToString().Contains("comm centre", StringComparison.Ordinal); i++) await Task.Delay(50, Ct);
        Assert.Contains("chancery: relay station RUEHAST (USOFFICE ASTANA) runs beside the site", stderr.ToString());
        Assert.Contains("chancery: traffic for RUEHAST is delivered into", stderr.ToString());

        // Released at the station's control endpoint, as 'chancery relay send' does; addressed to Astana itself.
        var cable = dir.Write("cable.txt", new CableWriter().Write(new Cable
        {
            ReferenceId = "26ASTANA77", Origin = "ASTANA", Serial = 77, Created = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc),
            Precedence = Precedence.Priority, Classification = Classification.Unclassified, From = new Addressee(null, "USOFFICE ASTANA"),
            To = [new Addressee("RUEHAST", "USOFFICE ASTANA")], Info = [new Addressee("RUEHC", "SECSTATE WASHDC")],
            Subject = "SERVE WITH A STATION", Paragraphs = [new Paragraph(1, "U", "DELIVERED INTO THE ARCHIVE SERVED.")], Body = "",
        }));
        var send = CliRunner.Run("relay", "send", "--control", $"127.0.0.1:{control}", cable);
        Assert.True(send.Exit == 0, send.Error);

        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage found = null!;
        for (var i = 0; i < 100; i++)
        {
            found = await client.GetAsync(url + "/api/v1/cables/26ASTANA77", Ct);
            if (found.StatusCode == HttpStatusCode.OK) break;
            await Task.Delay(100, Ct);
        }
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using (var status = JsonDocument.Parse(await client.GetStringAsync(url + "/api/v1/relay/status", Ct)))
        {
            Assert.Equal("RUEHAST", status.RootElement.GetProperty("routingIndicator").GetString());
            Assert.Equal(1, status.RootElement.GetProperty("delivered").GetInt64());
        }
        Assert.Contains("26ASTANA77", await client.GetStringAsync(url + "/comm-centre", Ct));

        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Contains("chancery: relay station RUEHAST stopped", stderr.ToString());
        Assert.Contains("chancery: stopped", stderr.ToString());
        using var probe = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, listen, Ct).AsTask());
    }

    [Fact]
    public async Task Ctrl_C_stops_the_station_and_the_site_with_exit_0()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("sends SIGINT with kill(1)");
        using var dir = new TempDir();
        var listen = RelayConfigs.FreePort();
        var config = dir.Write("station.json", $$"""
            { "routingIndicator": "RUEHAST", "address": "USOFFICE ASTANA", "listen": "127.0.0.1:{{listen}}", "dataDirectory": "./astana",
              "serves": ["RUEHAST"], "links": [ { "name": "washington", "neighbor": "RUEHC", "channel": "AST" } ],
              "routes": [ { "prefix": "", "link": "washington" } ] }
            """);
        var url = $"http://127.0.0.1:{RelayConfigs.FreePort()}";
        using var serve = ServeProcess.Start("--db", Path.Combine(dir.Path, "site.db"), "--urls", url, "--demo-size", "0", "--relay", config);
        await serve.WaitUntilUpAsync(url, Ct);
        Assert.Equal(0, await serve.InterruptAsync(Ct));
        Assert.Contains("chancery: relay station RUEHAST stopped", serve.Errors);
        Assert.Contains("chancery: stopped", serve.Errors);
        Assert.DoesNotContain(serve.Errors, e => e.Contains("Exception", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(dir.Path, "astana", "journal.log")), "the station kept no journal in its data directory");
    }
}
