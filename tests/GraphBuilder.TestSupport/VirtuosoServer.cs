using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphBuilder.TestSupport;

/// <summary>
/// A private Virtuoso 7 instance on 127.0.0.1 (Debian virtuoso-opensource-7): its own ini and
/// database in a temporary directory, started in the foreground and stopped by the PID we started.
/// Use as an xunit class/collection fixture. A fresh database's dba password is "dba".
/// </summary>
public sealed class VirtuosoServer : IDisposable
{
    public const string Executable = "/usr/bin/virtuoso-t";
    public const string PackagedIni = "/etc/virtuoso-opensource-7/virtuoso.ini";
    public const string User = "dba";
    public const string Password = "dba";

    private readonly TempDirectory _dir = new();
    private readonly Process? _process;

    public VirtuosoServer()
    {
        if (!Available) return;
        SqlPort = FreePort();
        HttpPort = FreePort();
        var ini = _dir.File("virtuoso.ini");
        File.WriteAllText(ini, RewriteIni(File.ReadAllLines(PackagedIni)));
        var psi = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = _dir.Path,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "+foreground", "+configfile", ini }) psi.ArgumentList.Add(a);
        _process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start virtuoso-t.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Pid = _process.Id;
        File.WriteAllText(_dir.File("virtuoso.pid"), Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WaitUntilReady(TimeSpan.FromSeconds(90));
    }

    /// <summary>True when the Virtuoso server binary and its packaged ini are installed.</summary>
    public static bool Available => File.Exists(Executable) && File.Exists(PackagedIni);

    public int Pid { get; }
    public int SqlPort { get; }
    public int HttpPort { get; }

    /// <summary>The SPARQL 1.1 Protocol endpoint.</summary>
    public string SparqlEndpoint => $"http://127.0.0.1:{HttpPort}/sparql";

    /// <summary>The SPARQL 1.1 Graph Store HTTP Protocol endpoint (digest auth).</summary>
    public string GraphStoreEndpoint => $"http://127.0.0.1:{HttpPort}/sparql-graph-crud-auth";

    /// <summary>Skips locally / fails under CI when Virtuoso is not installed.</summary>
    public void Require() =>
        ExternalTool.Require(Available && _process is not null,
            "Virtuoso 7 not found (apt-get install -y --no-install-recommends virtuoso-opensource-7)");

    private string RewriteIni(string[] lines)
    {
        var db = _dir.Path;
        var section = "";
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('[')) section = line;
            var key = line.Split('=', 2)[0].Trim();
            string? value = (section, key) switch
            {
                ("[Database]", "DatabaseFile") => Path.Combine(db, "virtuoso.db"),
                ("[Database]", "ErrorLogFile") => Path.Combine(db, "virtuoso.log"),
                ("[Database]", "LockFile") => Path.Combine(db, "virtuoso.lck"),
                ("[Database]", "TransactionFile") => Path.Combine(db, "virtuoso.trx"),
                ("[Database]", "xa_persistent_file") => Path.Combine(db, "virtuoso.pxa"),
                ("[TempDatabase]", "DatabaseFile") => Path.Combine(db, "virtuoso-temp.db"),
                ("[TempDatabase]", "TransactionFile") => Path.Combine(db, "virtuoso-temp.trx"),
                ("[Parameters]", "ServerPort") => $"127.0.0.1:{SqlPort}",
                ("[Parameters]", "DirsAllowed") => $"., {db}, /usr/share/virtuoso-opensource-7/vad",
                ("[Parameters]", "NumberOfBuffers") => "10000",
                ("[HTTPServer]", "ServerPort") => $"127.0.0.1:{HttpPort}",
                ("[URIQA]", "DefaultHost") => $"127.0.0.1:{HttpPort}",
                _ => null,
            };
            sb.Append(value is null ? raw : $"{key} = {value}").Append('\n');
        }
        return sb.ToString();
    }

    private void WaitUntilReady(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"virtuoso-t exited with {_process.ExitCode}; log: {ReadLog()}");
            try
            {
                var response = http.GetAsync(SparqlEndpoint + "?query=ASK%7B%7D").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            Thread.Sleep(300);
        }
        throw new TimeoutException("Virtuoso did not become ready; log: " + ReadLog());
    }

    private string ReadLog()
    {
        var log = _dir.File("virtuoso.log");
        return File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(20)) : "(no log)";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the server by the PID this fixture started, then removes its database.</summary>
    public void Dispose()
    {
        if (_process is not null)
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.Kill();
                    _process.WaitForExit(15000);
                }
            }
            catch (InvalidOperationException) { }
            _process.Dispose();
        }
        _dir.Dispose();
    }
}
