using System.Text;

namespace GraphBuilder.Core.Store;

/// <summary>
/// Reads an <see cref="ArticleStore"/> file front to back: the header on opening, then one encoded record at a
/// time; after the last record it checks the end marker and the SHA-256 of everything before it. A file that
/// is not a store or of another version throws <see cref="StoreFormatException"/>; damage throws
/// <see cref="InvalidDataException"/> or <see cref="EndOfStreamException"/>.
/// </summary>
internal sealed class StoreFileReader : IDisposable
{
    private readonly FileStream _file;
    private readonly HashingReadStream _hashing;
    private readonly BinaryReader _reader;
    private int _read;

    public StoreFileReader(string path)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        _hashing = new HashingReadStream(_file);
        _reader = new BinaryReader(_hashing, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!_reader.ReadBytes(ArticleStore.Magic.Length).AsSpan().SequenceEqual(ArticleStore.Magic))
                throw new StoreFormatException("not a GraphBuilder article store");
            var version = _reader.ReadInt32();
            if (version != ArticleStore.FormatVersion)
                throw new StoreFormatException($"article store format version {version}, but this GraphBuilder reads version {ArticleStore.FormatVersion}; run a full ingest to rebuild it");
            Fingerprint = StoreText.Read(_reader);
            Count = _reader.ReadInt32();
            if (Count < 0) throw new InvalidDataException($"negative record count {Count}");
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Fingerprint { get; } = "";

    public int Count { get; }

    /// <summary>The next record's bytes, or null once all were read and the checksum matched.</summary>
    public byte[]? Next()
    {
        if (_read == Count)
        {
            Finish();
            return null;
        }
        var length = _reader.ReadInt32();
        if (length < 0 || length > _file.Length - _file.Position)
            throw new InvalidDataException($"record {_read + 1} of {Count} runs past the end of the file");
        _read++;
        return _reader.ReadBytes(length);
    }

    /// <summary>Where the last record returned stands ("record 3 of 10"), for messages.</summary>
    public string Position => $"record {_read} of {Count}";

    private void Finish()
    {
        if (!_reader.ReadBytes(ArticleStore.EndMagic.Length).AsSpan().SequenceEqual(ArticleStore.EndMagic))
            throw new InvalidDataException("no end marker after the last record");
        var expected = _hashing.Hash();
        if (!_reader.ReadBytes(expected.Length).AsSpan().SequenceEqual(expected)) throw new InvalidDataException("checksum mismatch");
        if (_file.Position != _file.Length) throw new InvalidDataException("bytes after the checksum");
        _read = Count + 1;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _hashing.Dispose();
        _file.Dispose();
    }
}

/// <summary>The file is readable but not a store this version can read (another file, another format version).</summary>
internal sealed class StoreFormatException(string message) : Exception(message);
