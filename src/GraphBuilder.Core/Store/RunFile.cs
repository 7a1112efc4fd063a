namespace GraphBuilder.Core.Store;

/// <summary>
/// One sorted run of a <see cref="RecordSpill"/>: (article id, length, record bytes) repeated, in ordinal article-id
/// order, until the end of the file. Written once, read once, front to back.
/// </summary>
internal static class RunFile
{
    public static void Write(string path, IEnumerable<(string Id, byte[] Record)> sorted)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(stream);
        foreach (var (id, record) in sorted)
        {
            StoreText.Write(writer, id);
            writer.Write(record.Length);
            writer.Write(record);
        }
    }

    /// <summary>Reads a run front to back.</summary>
    public sealed class Reader(string path) : IRunSource
    {
        private readonly FileStream _stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14);
        private BinaryReader? _reader;

        /// <summary>The next (id, record), or null at the end of the run.</summary>
        public (string Id, byte[] Record)? Next()
        {
            _reader ??= new BinaryReader(_stream);
            if (_stream.Position >= _stream.Length) return null;
            var id = StoreText.Read(_reader);
            var length = _reader.ReadInt32();
            return (id, _reader.ReadBytes(length));
        }

        public void Dispose()
        {
            _reader?.Dispose();
            _stream.Dispose();
        }
    }
}
