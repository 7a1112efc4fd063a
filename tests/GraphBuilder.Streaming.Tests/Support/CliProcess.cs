using System.Diagnostics;
using System.Text;

namespace GraphBuilder.Streaming.Tests.Support;

/// <summary>A `graphbuilder` command running as its own process (the built CLI next to the test binary), output captured.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    private CliProcess(IEnumerable<string> arguments)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graphbuilder.dll"));
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_gcServer"] = "0";
        _process = Process.Start(psi) ?? throw new InvalidOperationException("could not start graphbuilder");
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static CliProcess Start(params string[] arguments) => new(arguments);

    /// <summary>Runs a command to the end and returns its exit code.</summary>
    public static (int ExitCode, string Output, string Error) Run(TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(arguments);
        var code = process.WaitForExit(timeout);
        return (code, process.Output, process.Error);
    }

    public string Output { get { lock (_out) return _out.ToString(); } }
    public string Error { get { lock (_err) return _err.ToString(); } }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"graphbuilder did not finish in {timeout.TotalSeconds} s; stderr: {Error}");
        }
        _process.WaitForExit(); // drain the output handlers
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no chance to finish a batch or acknowledge anything.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
