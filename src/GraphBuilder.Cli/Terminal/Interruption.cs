using System.Runtime.InteropServices;

namespace GraphBuilder.Cli.Terminal;

/// <summary>
/// Turns the first SIGINT (Ctrl+C) or SIGTERM into a cooperative cancellation: the process is not
/// killed, the running command sees <see cref="Token"/> cancelled, deletes its staging and temporary
/// files and exits with <see cref="Commands.ExitCodes.Cancelled"/>. A second signal terminates at once.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly TextWriter _log;

    public Interruption(TextWriter log)
    {
        _log = log;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try { _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal)); }
            catch (PlatformNotSupportedException) { }
        }
    }

    public CancellationToken Token => _source.Token;

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested) return; // second signal: default handling ends the process
        context.Cancel = true;
        _log.WriteLine($"cancelling ({context.Signal}): removing temporary files; the previous output stays as it was (signal again to stop at once)");
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
