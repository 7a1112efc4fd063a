using System.Text;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// Reads lines from a text reader without ever holding more than <c>maxChars</c> of one line:
/// a longer line is skipped to its end and reported as too long, so one runaway record cannot
/// exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly StringBuilder _line = new();

    /// <summary>The next line (without its terminator); null at the end. <paramref name="tooLong"/> is set for a skipped line.</summary>
    public string? ReadLine(out bool tooLong, out long charsSeen)
    {
        _line.Clear();
        tooLong = false;
        charsSeen = 0;
        while (true)
        {
            var c = reader.Read();
            if (c < 0) return charsSeen == 0 ? null : Finish(tooLong);
            charsSeen++;
            if (c == '\n') return Finish(tooLong);
            if (tooLong) continue;
            if (_line.Length >= maxChars)
            {
                tooLong = true;
                _line.Clear();
                continue;
            }
            _line.Append((char)c);
        }
    }

    private string Finish(bool tooLong)
    {
        if (tooLong) return "";
        if (_line.Length > 0 && _line[^1] == '\r') _line.Length--;
        return _line.ToString();
    }
}
