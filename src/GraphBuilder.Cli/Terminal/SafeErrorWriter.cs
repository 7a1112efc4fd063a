using System.Text;

namespace GraphBuilder.Cli.Terminal;

/// <summary>
/// The error stream every command writes to: each line is passed through <see cref="SafeText"/>
/// (credentials redacted, control characters escaped), so one message is always exactly one line.
/// </summary>
public sealed class SafeErrorWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _pending = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_pending)
        {
            if (value == '\n') FlushLine();
            else _pending.Append(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_pending)
        {
            foreach (var c in value)
            {
                if (c == '\n') FlushLine();
                else _pending.Append(c);
            }
        }
    }

    /// <summary>A whole message: any line break inside it is escaped, so it stays one line.</summary>
    public override void WriteLine(string? value)
    {
        lock (_pending)
        {
            _pending.Append(value);
            FlushLine();
        }
    }

    public override void WriteLine()
    {
        lock (_pending) FlushLine();
    }

    public override void Flush()
    {
        lock (_pending)
        {
            if (_pending.Length > 0) { inner.Write(SafeText.Line(_pending.ToString())); _pending.Clear(); }
            inner.Flush();
        }
    }

    private void FlushLine()
    {
        var line = _pending.ToString();
        _pending.Clear();
        if (line.EndsWith('\r')) line = line[..^1];
        inner.WriteLine(SafeText.Line(line));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}
