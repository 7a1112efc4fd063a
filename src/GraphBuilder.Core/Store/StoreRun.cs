namespace GraphBuilder.Core.Store;

/// <summary>
/// An existing article store read again as one sorted run of a <see cref="RecordSpill"/> merge (its records are
/// already in article-id order), so replayed articles are copied, not encoded again. The store was checked
/// when it was first read; if it no longer reads the same (changed meanwhile), the merge fails with an
/// <see cref="IOException"/> naming it, and nothing is switched in.
/// </summary>
internal sealed class StoreRun(string path) : IRunSource
{
    private StoreFileReader? _reader;

    public (string Id, byte[] Record)? Next()
    {
        try
        {
            _reader ??= new StoreFileReader(path);
            return _reader.Next() is { } record ? (ContributionReader.ArticleId(record), record) : null;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or StoreFormatException)
        {
            throw new IOException($"{path}: the article store changed while it was being merged ({e.Message})", e);
        }
    }

    public void Dispose() => _reader?.Dispose();
}
