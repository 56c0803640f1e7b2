using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chancery.Cli.Tests.Relay;

/// <summary>The text form of <c>relay status</c>, against a control endpoint that answers with a fixed status.</summary>
public class RelayStatusTextTests
{
    private const string Status = """
        {"routingIndicator":"RUEHC","links":[{"name":"almaty","neighbor":"RUEHTA","up":false,"sent":4,"received":0,"lastSerialSent":4,"lastSerialReceived":0,"queued":2,"inFlight":0}],
         "lanes":{"FLASH":1,"IMMEDIATE":0,"PRIORITY":0,"ROUTINE":1},"delivered":2,"journaled":5,"unroutable":[],
         "speedOfService":{
           "FLASH":{"objectiveSeconds":600,"withinObjective":7,"overObjective":1,"waitingOverObjective":2,"missed":[
             {"transmission":"RUEHC #0001/01","referenceId":"26WASHDC1","link":"almaty","acceptedAt":"2026-11-28T12:00:00.000Z","waitingSeconds":2520},
             {"transmission":"RUEHC #0005/01","referenceId":"26WASHDC5","link":null,"acceptedAt":"2026-11-28T12:31:00.000Z","waitingSeconds":660}]},
           "ROUTINE":{"objectiveSeconds":21600,"withinObjective":40,"overObjective":0,"waitingOverObjective":0,"missed":[]}}}
        """;

    [Fact]
    public async Task Status_text_shows_speed_of_service_per_precedence_and_each_transmission_past_its_objective()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var serving = ServeOnceAsync(listener);

        var run = CliRunner.Run("relay", "status", "--control", $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        await serving;

        Assert.Equal(0, run.Exit);
        var lines = run.Out.Split('\n');
        Assert.Contains("speed of service FLASH (objective 10 min 00 s): 7 within, 1 over, 2 waiting past it", lines);
        Assert.Contains("  missed RUEHC #0001/01 (26WASHDC1) for link almaty, waiting 42 min 00 s since 2026-11-28T12:00:00.000Z", lines);
        Assert.Contains("  missed RUEHC #0005/01 (26WASHDC5) for local delivery, waiting 11 min 00 s since 2026-11-28T12:31:00.000Z", lines);
        Assert.Contains("speed of service ROUTINE (objective 6 h 00 min): 40 within, 0 over, 0 waiting past it", lines);
        Assert.True(Array.IndexOf(lines, "  missed RUEHC #0001/01 (26WASHDC1) for link almaty, waiting 42 min 00 s since 2026-11-28T12:00:00.000Z")
            < Array.IndexOf(lines, "  missed RUEHC #0005/01 (26WASHDC5) for local delivery, waiting 11 min 00 s since 2026-11-28T12:31:00.000Z"));
    }

    private static async Task ServeOnceAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer);
            if (n == 0) return;
            request.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }
        var body = Encoding.UTF8.GetBytes(Status);
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
    }
}
