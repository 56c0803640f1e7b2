using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;

namespace Chancery.Cli.Tests.Relay;

/// <summary>A <c>chancery relay --config</c> child process (so that it can be killed with SIGKILL).</summary>
internal sealed class RelayProcess : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Process _process;
    private readonly System.Text.StringBuilder _stderr = new();

    public RelayProcess(string configPath, int controlPort)
    {
        ControlPort = controlPort;
        var dll = Path.Combine(AppContext.BaseDirectory, "chancery.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("relay");
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(configPath);
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
    }

    public int ControlPort { get; }

    public string Log { get { lock (_stderr) return _stderr.ToString(); } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits until the control endpoint answers.</summary>
    public async Task WaitReadyAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the station exited ({_process.ExitCode}): {Log}");
            try
            {
                await Http.GetStringAsync($"http://127.0.0.1:{ControlPort}/status");
                return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException("the station did not start: " + Log);
    }

    public async Task<JsonElement> StatusAsync() =>
        JsonDocument.Parse(await Http.GetStringAsync($"http://127.0.0.1:{ControlPort}/status")).RootElement;

    public async Task<List<JsonElement>> DeliveredAsync()
    {
        var text = await Http.GetStringAsync($"http://127.0.0.1:{ControlPort}/delivered");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    public async Task<JsonElement> SendAsync(string text)
    {
        using var response = await Http.PostAsync($"http://127.0.0.1:{ControlPort}/send", new StringContent(text));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>SIGKILL: no chance to flush or close anything.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, then waits for a clean exit.</summary>
    public bool Terminate(TimeSpan wait)
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return _process.WaitForExit(wait);
    }

    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }
}
