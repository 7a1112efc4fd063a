namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// Reads byte lines from a stream without ever holding more than <c>maxBytes</c> of one line:
/// a longer line is skipped to its end and reported as too long, so one runaway record cannot
/// exhaust memory. Lines stay bytes so that each can be decoded strictly on its own.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxBytes)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _filled;
    private byte[] _line = new byte[1024];

    /// <summary>Offset in the stream of the next line's first byte.</summary>
    public long Offset { get; private set; }

    /// <summary>The next line (without "\n" or "\r\n"); false at the end. <paramref name="tooLong"/> is set for a skipped line.</summary>
    public bool ReadLine(out ReadOnlySpan<byte> line, out bool tooLong, out long bytesSeen)
    {
        var length = 0;
        tooLong = false;
        bytesSeen = 0;
        while (true)
        {
            if (_position == _filled)
            {
                _filled = stream.Read(_buffer, 0, _buffer.Length);
                _position = 0;
                if (_filled == 0)
                {
                    line = Finish(length, tooLong);
                    Offset += bytesSeen;
                    return bytesSeen > 0;
                }
            }
            var chunk = _buffer.AsSpan(_position, _filled - _position);
            var newline = chunk.IndexOf((byte)'\n');
            var take = newline < 0 ? chunk.Length : newline;
            if (!tooLong && length + take > maxBytes) tooLong = true;
            if (!tooLong)
            {
                if (length + take > _line.Length) Array.Resize(ref _line, Math.Max(_line.Length * 2, length + take));
                chunk[..take].CopyTo(_line.AsSpan(length));
                length += take;
            }
            bytesSeen += take;
            _position += take;
            if (newline >= 0)
            {
                _position++;
                bytesSeen++;
                line = Finish(length, tooLong);
                Offset += bytesSeen;
                return true;
            }
        }
    }

    private ReadOnlySpan<byte> Finish(int length, bool tooLong)
    {
        if (tooLong) return [];
        if (length > 0 && _line[length - 1] == '\r') length--;
        return _line.AsSpan(0, length);
    }
}
