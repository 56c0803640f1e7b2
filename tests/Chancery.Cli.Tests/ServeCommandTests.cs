using System.Net;
using System.Net.Sockets;
using Chancery.Archive;
using Chancery.Cli.Commands;

namespace Chancery.Cli.Tests;

public sealed class ServeCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public void Refuses_db_and_postgres_together()
    {
        var run = CliRunner.Run("serve", "--db", "a.db", "--postgres", "Host=x");
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.Contains("not both", run.Error);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("http://127.0.0.1:5080/sub")]
    public void Refuses_an_address_it_cannot_listen_on(string urls)
    {
        using var dir = new TempDir();
        var run = CliRunner.Run("serve", "--db", Path.Combine(dir.Path, "a.db"), "--urls", urls);
        Assert.Equal(2, run.Exit);
        Assert.Equal(["chancery: --urls: '" + urls + "' is not an address like http://127.0.0.1:5080"], run.ErrorLines);
    }

    [Fact]
    public void Reports_an_unreadable_database_in_one_line()
    {
        using var dir = new TempDir();
        var file = dir.Write("notes.db", "These are my notes, not a database.\n" + new string('x', 5000));
        var run = CliRunner.Run("serve", "--db", file, "--urls", $"http://127.0.0.1:{FreePort()}", "--demo-size", "0");
        Assert.Equal(2, run.Exit);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("chancery: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Reports_a_port_in_use_in_one_line()
    {
        using var dir = new TempDir();
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        var run = CliRunner.Run("serve", "--db", Path.Combine(dir.Path, "a.db"), "--urls", $"http://127.0.0.1:{port}", "--demo-size", "0");
        Assert.Equal(2, run.Exit);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"127.0.0.1:{port}", line);
        Assert.Contains("in use", line);
    }

    [Fact]
    public async Task Serves_the_archive_and_stops_cleanly()
    {
        using var dir = new TempDir();
        var url = $"http://127.0.0.1:{FreePort()}";
        var stderr = new StringWriter();
        var console = new CliConsole(() => new StringReader(""), new StringWriter(), TextWriter.Synchronized(stderr));
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var serving = Task.Run(() => ServeCommand.RunAsync(console,
            new ServeCommand.Settings(new ArchiveLocation.Sqlite(Path.Combine(dir.Path, "a.db")), url, DemoSize: 0),
            _ => started.TrySetResult(), stop.Token), Ct);
        await Task.WhenAny(started.Task, serving).WaitAsync(TimeSpan.FromSeconds(60), Ct);
        Assert.True(started.Task.IsCompleted, "did not start: " + stderr);

        using var client = new HttpClient();
        var health = await client.GetAsync(url + "/health", Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"cables\":0", await health.Content.ReadAsStringAsync(Ct));
        Assert.Contains("chancery: the archive has no users: everything is readable", stderr.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url + "/search?q=", Ct)).StatusCode);

        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Contains("chancery: stopped", stderr.ToString());
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync(url + "/health", Ct));
    }

    [Fact]
    public async Task Fills_an_empty_archive_with_a_demo_and_says_so()
    {
        using var dir = new TempDir();
        var url = $"http://127.0.0.1:{FreePort()}";
        var stderr = new StringWriter();
        var console = new CliConsole(() => new StringReader(""), new StringWriter(), TextWriter.Synchronized(stderr));
        using var stop = new CancellationTokenSource();
        var db = Path.Combine(dir.Path, "demo.db");
        var serving = Task.Run(() => ServeCommand.RunAsync(console,
            new ServeCommand.Settings(new ArchiveLocation.Sqlite(db), url, DemoSize: 40), null, stop.Token), Ct);
        using var client = new HttpClient();
        for (var i = 0; i < 240 && !stderr.ToString().Contains("demo archive ready", StringComparison.Ordinal); i++)
            await Task.Delay(250, Ct);
        Assert.Contains("the archive is empty: generating a demo archive of 40 synthetic cables", stderr.ToString());
        Assert.Contains("demo archive ready: 40 cables", stderr.ToString());
        Assert.Contains("chancery:   analyst     password analyst-demo-password", stderr.ToString());
        Assert.Contains("chancery: 5 users: every page and API call needs a sign-in", stderr.ToString());
        Assert.Contains("chancery: release mode: whole-cable", stderr.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(url + "/api/v1/search?q=&pageSize=1", Ct)).StatusCode);
        await using (var store = await Chancery.Archive.Storage.ArchiveStores.OpenAsync(new ArchiveLocation.Sqlite(db), Ct))
        {
            var admin = await store.Users.IssueTokenAsync("admin", cancellationToken: Ct);
            var publicToken = await store.Users.IssueTokenAsync("public", cancellationToken: Ct);
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", admin.Token);
            Assert.Contains("\"total\":40", await client.GetStringAsync(url + "/api/v1/search?q=&pageSize=1", Ct));
            // The demo corpus has classified cables, so the unclassified demo user sees fewer.
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", publicToken.Token);
            Assert.DoesNotContain("\"total\":40,", await client.GetStringAsync(url + "/api/v1/search?q=&pageSize=1", Ct));
        }
        await stop.CancelAsync();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(30), Ct));
    }

    [Fact]
    public async Task Ctrl_C_stops_the_server_with_exit_0()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("sends SIGINT with kill(1)");
        using var dir = new TempDir();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var serve = ServeProcess.Start("--db", Path.Combine(dir.Path, "a.db"), "--urls", url, "--demo-size", "0");
        await serve.WaitUntilUpAsync(url, Ct);
        Assert.Equal(0, await serve.InterruptAsync(Ct));
        Assert.Contains("chancery: stopped", serve.Errors);
        Assert.DoesNotContain(serve.Errors, e => e.Contains("Exception", StringComparison.Ordinal));
    }
}
