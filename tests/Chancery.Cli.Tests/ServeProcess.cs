using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Chancery.Cli.Tests;

/// <summary>
/// <c>chancery serve</c> as a real process (what a user runs), for the tests that need signals: start it, wait until
/// <c>/health</c> answers, interrupt it as Ctrl-C does. Killed on dispose if still running.
/// </summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;

    private ServeProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote to standard error so far, line by line.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    /// <summary>Starts <c>chancery serve</c> with <paramref name="arguments"/>.</summary>
    public static ServeProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chancery.dll"));
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var serve = new ServeProcess(Process.Start(start)!);
        serve._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) serve.Errors.Enqueue(e.Data); };
        serve._process.BeginErrorReadLine();
        serve._process.BeginOutputReadLine();
        return serve;
    }

    /// <summary>Waits (at most about a minute) until <paramref name="url"/><c>/health</c> answers; fails the test if it never does.</summary>
    public async Task WaitUntilUpAsync(string url, CancellationToken cancellationToken)
    {
        using var client = new HttpClient();
        var up = false;
        for (var i = 0; i < 120 && !up && !_process.HasExited; i++)
        {
            try { up = (await client.GetAsync(url + "/health", cancellationToken)).IsSuccessStatusCode; }
            catch (HttpRequestException) { await Task.Delay(500, cancellationToken); }
        }
        Assert.True(up, "server did not come up: " + string.Join('\n', Errors));
    }

    /// <summary>Sends SIGINT (Ctrl-C) and returns the exit code once the process has stopped (at most 30 s).</summary>
    public async Task<int> InterruptAsync(CancellationToken cancellationToken)
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync(cancellationToken);
        await _process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
