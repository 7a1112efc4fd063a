using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Streaming.Tests.Support;

/// <summary>
/// A real `nats-server -js` on 127.0.0.1 and a free port, with its own store directory, stopped on dispose.
/// Skips the test (locally) or fails it (under CI=true) when nats-server is not installed.
/// </summary>
public sealed class NatsServer : IDisposable
{
    private readonly Process _process;
    private readonly TempDirectory _store = new();

    private NatsServer(string executable)
    {
        Port = FreePort();
        var psi = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-js", "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-sd", _store.Path })
            psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new InvalidOperationException("could not start nats-server");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilListening();
    }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    public static NatsServer Start()
    {
        var executable = ExternalTool.FindOnPath("nats-server") ?? (File.Exists("/usr/sbin/nats-server") ? "/usr/sbin/nats-server" : null);
        ExternalTool.Require(executable is not null, "nats-server not installed (Debian: apt-get install nats-server)");
        return new NatsServer(executable!);
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"nats-server exited with code {_process.ExitCode}");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException("nats-server did not start listening within 20 s");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        _store.Dispose();
    }
}
