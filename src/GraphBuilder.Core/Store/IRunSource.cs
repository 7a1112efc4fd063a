namespace GraphBuilder.Core.Store;

/// <summary>One sorted input of a <see cref="RunMerger"/>: records in ordinal article-id order, read once, front to back.</summary>
internal interface IRunSource : IDisposable
{
    /// <summary>The next (article id, encoded record), or null at the end.</summary>
    (string Id, byte[] Record)? Next();
}

/// <summary>The sorted in-memory remainder of a spill as a run.</summary>
internal sealed class MemoryRun(IReadOnlyList<(string Id, byte[] Record)> sorted) : IRunSource
{
    private int _at;

    public (string Id, byte[] Record)? Next() => _at < sorted.Count ? sorted[_at++] : null;

    public void Dispose() { }
}
