namespace GraphBuilder.Core.Store;

/// <summary>
/// K-way merge of sorted runs (run files, an existing store, the sorted in-memory remainder) into one sequence in
/// ordinal article-id order, holding one record per run at a time. An article id met twice is an error.
/// </summary>
internal sealed class RunMerger(IReadOnlyList<IRunSource> sources) : IDisposable
{
    public IEnumerable<(string Id, byte[] Record)> Records()
    {
        var heads = new PriorityQueue<int, string>(StringComparer.Ordinal);
        var current = new (string Id, byte[] Record)[sources.Count];
        void Advance(int source)
        {
            if (sources[source].Next() is not { } value) return;
            current[source] = value;
            heads.Enqueue(source, value.Id);
        }
        for (var source = 0; source < sources.Count; source++) Advance(source);
        string? previous = null;
        while (heads.TryDequeue(out var source, out var id))
        {
            if (previous is not null && string.CompareOrdinal(previous, id) >= 0)
                throw new InvalidOperationException($"Article {id} was spilled twice or out of order.");
            previous = id;
            yield return current[source];
            Advance(source);
        }
    }

    public void Dispose()
    {
        foreach (var source in sources) source.Dispose();
    }
}
