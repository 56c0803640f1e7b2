using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Chancery.Cli.Commands;

/// <summary><c>chancery relay send|status|delivered --control HOST:PORT</c>: drive a running station (contract <c>relay.md</c>).</summary>
internal static class RelayControlCommands
{
    private static Option<string> Control() => new("--control")
    {
        Description = "The station's control endpoint, HOST:PORT.",
        Required = true,
    };

    private static Option<bool> Json() => new("--json") { Description = "Print JSON (the contract's shape)." };

    public static Command Send(CliConsole console)
    {
        var control = Control();
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Cable text files (- for standard input)." };
        var command = new Command("send", "Release cables at a running station; prints the transmission ids assigned to each.") { control, files };
        command.SetAction(parsed =>
        {
            var refused = false;
            foreach (var file in parsed.GetValue(files) ?? [])
            {
                string text;
                try
                {
                    text = file == "-" ? console.OpenInput().ReadToEnd() : File.ReadAllText(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    console.Fail($"{file}: {e.Message}");
                    return ExitCodes.UsageOrInput;
                }
                var body = Call(console, parsed.GetValue(control)!, HttpMethod.Post, "/send?source=" + Uri.EscapeDataString(file), text);
                if (body is null) return ExitCodes.UsageOrInput;
                using var document = JsonDocument.Parse(body);
                foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
                {
                    var id = result.GetProperty("referenceId").GetString();
                    var transmissions = result.GetProperty("transmissions").EnumerateArray().Select(t => t.GetString()).ToList();
                    if (result.GetProperty("error").GetString() is { } error)
                    {
                        console.Fail($"{file}: {id}: refused: {error}");
                        refused = true;
                    }
                    else console.Out.WriteLine($"{id} {string.Join(' ', transmissions)}");
                }
            }
            return refused ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    public static Command Status(CliConsole console)
    {
        var control = Control();
        var json = Json();
        var command = new Command("status", "Links up/down, lane depths per precedence, channel serials, unroutable indicators.") { control, json };
        command.SetAction(parsed =>
        {
            var body = Call(console, parsed.GetValue(control)!, HttpMethod.Get, "/status", null);
            if (body is null) return ExitCodes.UsageOrInput;
            if (parsed.GetValue(json))
            {
                console.Out.WriteLine(body);
                return ExitCodes.Ok;
            }
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var output = new StringBuilder();
            output.Append($"station {root.GetProperty("routingIndicator").GetString()}: journaled {root.GetProperty("journaled")}, delivered {root.GetProperty("delivered")}\n");
            output.Append("lanes: ").Append(string.Join(", ", root.GetProperty("lanes").EnumerateObject().Select(p => $"{p.Name} {p.Value}"))).Append('\n');
            foreach (var link in root.GetProperty("links").EnumerateArray())
                output.Append($"link {link.GetProperty("name").GetString()} ({link.GetProperty("neighbor").GetString()}): {(link.GetProperty("up").GetBoolean() ? "up" : "DOWN")}, " +
                    $"sent {link.GetProperty("sent")} (last {link.GetProperty("lastSerialSent")}), received {link.GetProperty("received")} (last {link.GetProperty("lastSerialReceived")}), " +
                    $"queued {link.GetProperty("queued")}, in flight {link.GetProperty("inFlight")}\n");
            foreach (var u in root.GetProperty("unroutable").EnumerateArray())
                output.Append($"unroutable {u.GetProperty("routingIndicator").GetString()} ({u.GetProperty("referenceId").GetString()})\n");
            if (root.TryGetProperty("speedOfService", out var speed)) AppendSpeedOfService(output, speed);
            console.Out.Write(output.ToString());
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One line per precedence (objective, handled within and over it, waiting past it), then each transmission waiting past it.</summary>
    private static void AppendSpeedOfService(StringBuilder output, JsonElement speed)
    {
        foreach (var precedence in speed.EnumerateObject())
        {
            var p = precedence.Value;
            var waiting = p.GetProperty("waitingOverObjective").GetInt32();
            output.Append($"speed of service {precedence.Name} (objective {Duration(p.GetProperty("objectiveSeconds").GetDouble())}): " +
                $"{p.GetProperty("withinObjective")} within, {p.GetProperty("overObjective")} over, {waiting} waiting past it\n");
            var listed = 0;
            foreach (var m in p.GetProperty("missed").EnumerateArray())
            {
                listed++;
                var link = m.GetProperty("link").ValueKind == JsonValueKind.String ? "for link " + m.GetProperty("link").GetString() : "for local delivery";
                output.Append($"  missed {m.GetProperty("transmission").GetString()} ({m.GetProperty("referenceId").GetString()}) {link}, " +
                    $"waiting {Duration(m.GetProperty("waitingSeconds").GetDouble())} since {m.GetProperty("acceptedAt").GetString()}\n");
            }
            if (waiting > listed) output.Append($"  ... and {waiting - listed} more\n");
        }
    }

    private static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(seconds);
        return span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes:D2} min" : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds:D2} s" : $"{span.TotalSeconds:0.#} s";
    }

    public static Command Delivered(CliConsole console)
    {
        var control = Control();
        var json = Json();
        var command = new Command("delivered", "The cables delivered locally, as JSON Lines.") { control, json };
        command.SetAction(parsed =>
        {
            var body = Call(console, parsed.GetValue(control)!, HttpMethod.Get, "/delivered", null);
            if (body is null) return ExitCodes.UsageOrInput;
            console.Out.Write(body);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One request to the control endpoint; on failure prints one line and returns null.</summary>
    private static string? Call(CliConsole console, string control, HttpMethod method, string path, string? body)
    {
        if (!Relay.Configuration.HostPort.TryParse(control, out var endpoint))
        {
            console.Fail($"relay: --control '{control}' is not HOST:PORT");
            return null;
        }
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(method, $"http://{endpoint}{path}");
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("text/plain"));
        try
        {
            using var response = client.Send(request);
            var text = new StreamReader(response.Content.ReadAsStream(), Encoding.UTF8).ReadToEnd();
            if (!response.IsSuccessStatusCode)
            {
                var detail = text;
                try { detail = JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString() ?? text; } catch (JsonException) { } catch (KeyNotFoundException) { }
                console.Fail($"relay: the station answered {(int)response.StatusCode}: {detail}");
                return null;
            }
            return text;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            console.Fail($"relay: cannot reach the station at {endpoint}: {e.Message}");
            return null;
        }
    }
}
