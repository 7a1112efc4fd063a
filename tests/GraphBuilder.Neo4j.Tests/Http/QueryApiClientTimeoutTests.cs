using System.Net;
using System.Net.Sockets;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Tests.Support;

namespace GraphBuilder.Neo4j.Tests.Http;

/// <summary>
/// Timeouts against local loopback servers that stall: one that never completes a connection (connect
/// timeout), one that accepts and never answers (request timeout, notes while waiting). All bounded to seconds.
/// </summary>
public sealed class QueryApiClientTimeoutTests
{
    [Fact]
    public async Task RunAsync_ServerAcceptsButNeverAnswers_NotesWhileWaitingThenGivesUp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = new List<Socket>();
        var acceptLoop = Task.Run(async () =>
        {
            try { while (true) accepted.Add(await listener.AcceptSocketAsync()); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        });
        var waits = new List<WaitNotice>();
        var client = Clients.For($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", maxRetries: 1, timeoutSeconds: 1.2,
            waits: waits, waitNoticeSeconds: 0.25);
        var e = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("RETURN 1", null, "Writing articles (batch 1, 3 rows)"));
        Assert.Contains("did not answer within 1.2 s (2 attempts)", e.Message);
        lock (waits)
        {
            Assert.InRange(waits.Count, 4, 12); // about four per attempt
            Assert.All(waits, w => Assert.Equal("Writing articles (batch 1, 3 rows)", w.What));
            Assert.Contains(waits, w => w.Elapsed >= TimeSpan.FromSeconds(0.9));
        }
        listener.Stop();
        foreach (var s in accepted) s.Dispose();
    }

    [Fact]
    public async Task RunAsync_ConnectionNeverCompletes_ConnectTimeoutEndsEachAttemptEarly()
    {
        // A listener with a full backlog that never accepts: the kernel stops completing handshakes.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var fillers = new List<Socket>();
        for (var i = 0; i < 16; i++)
        {
            var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            fillers.Add(s);
            var connect = s.ConnectAsync(IPAddress.Loopback, port);
            if (await Task.WhenAny(connect, Task.Delay(300)) != connect) break; // the backlog is full
        }
        try
        {
            using var factory = new Neo4jHttpClientFactory(TimeSpan.FromSeconds(0.5));
            var client = Clients.For($"http://127.0.0.1:{port}", maxRetries: 1, timeoutSeconds: 30, http: factory.CreateClient());
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var e = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("RETURN 1", null, "Counting"));
            Assert.Contains("no connection within", e.Message);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10)); // two attempts of 0.5 s, not the 30 s request timeout
        }
        finally
        {
            foreach (var s in fillers) s.Dispose();
        }
    }
}
