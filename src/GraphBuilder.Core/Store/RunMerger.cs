namespace GraphBuilder.Core.Store;

/// <summary>
/// K-way merge of sorted runs (files, plus the sorted in-memory remainder) into one sequence in ordinal
/// article-id order, holding one record per run at a time.
/// </summary>
internal sealed class RunMerger : IDisposable
{
    private readonly List<RunFile.Reader> _files;
    private readonly IReadOnlyList<(string Id, byte[] Record)> _memory;

    public RunMerger(IReadOnlyList<string> runFiles, IReadOnlyList<(string Id, byte[] Record)> sortedMemory)
    {
        _files = [.. runFiles.Select(f => new RunFile.Reader(f))];
        _memory = sortedMemory;
    }

    public IEnumerable<(string Id, byte[] Record)> Records()
    {
        var heads = new PriorityQueue<int, string>(StringComparer.Ordinal);
        var current = new (string Id, byte[] Record)[_files.Count + 1];
        var memoryAt = 0;
        bool Advance(int source)
        {
            (string, byte[])? next = source < _files.Count ? _files[source].Next()
                : memoryAt < _memory.Count ? _memory[memoryAt++] : null;
            if (next is not { } value) return false;
            current[source] = value;
            heads.Enqueue(source, value.Item1);
            return true;
        }
        for (var source = 0; source <= _files.Count; source++) Advance(source);
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
        foreach (var file in _files) file.Dispose();
    }
}
