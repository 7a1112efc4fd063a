using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphBuilder.TestSupport;

/// <summary>A local HTTP server that answers every request with one fixed response (status, media type, body).</summary>
public sealed class CannedHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public CannedHttpServer(int status, string mediaType, string body)
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        var bytes = Encoding.UTF8.GetBytes(body);
        _loop = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                context.Response.StatusCode = status;
                context.Response.ContentType = mediaType;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
    }

    /// <summary>The server's base URL, ending in '/'.</summary>
    public string Url { get; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
