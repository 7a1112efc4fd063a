using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Store;

/// <summary>
/// Keeps per-article records out of memory while a run goes on: records are encoded as they arrive (from any
/// thread), buffered up to <see cref="BufferBytes"/>, then sorted by article id and written as one run file in a
/// spill folder that is created only when the first run is written (a small corpus never touches the disk).
/// <see cref="Merge"/> yields every record once, in ordinal article-id order, by merging the sorted runs; so
/// memory stays at one buffer plus one record per run, however large the corpus. Disposing deletes the runs.
/// </summary>
public sealed class RecordSpill : IDisposable
{
    private readonly Func<string> _folder;
    private readonly object _gate = new();
    private readonly List<(string Id, byte[] Record)> _buffer = [];
    private readonly List<string> _runs = [];
    private long _buffered;
    private string? _directory;
    private string? _store;
    private bool _merging;

    /// <param name="folder">Where run files go; called once, when the first run is written (e.g. a folder inside the staging area).</param>
    public RecordSpill(Func<string> folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = folder;
    }

    /// <summary>Encoded bytes held in memory before they are sorted and written as a run (default 2 MiB).</summary>
    public long BufferBytes { get; init; } = 2L << 20;

    /// <summary>Records added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Run files written so far.</summary>
    public int RunCount => _runs.Count;

    /// <summary>Adds one article's record; thread-safe. Each article id must be added once (the accumulator decides).</summary>
    public void Add(ArticleContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var record = ContributionWriter.Encode(contribution);
        lock (_gate)
        {
            if (_merging) throw new InvalidOperationException("Records cannot be added once the merge has started.");
            _buffer.Add((contribution.Article.Id, record));
            _buffered += record.Length;
            Count++;
            if (_buffered >= BufferBytes) WriteRun();
        }
    }

    /// <summary>
    /// Takes every record of an existing article store as one more sorted run, read again (and its checksum
    /// checked again) during <see cref="Merge"/>, so replayed articles are not encoded a second time. The
    /// file must stay in place until the merge is done; its articles must not also be <see cref="Add"/>ed.
    /// </summary>
    public void AddStore(string path, int records)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (_gate)
        {
            if (_store is not null) throw new InvalidOperationException("Only one store can be merged in.");
            _store = path;
            Count += records;
        }
    }

    /// <summary>
    /// Every record added, encoded, in ordinal article-id order (the store's order). Call once the adding threads are done.
    /// </summary>
    public IEnumerable<byte[]> Merge()
    {
        lock (_gate) _merging = true;
        SortBuffer();
        while (_runs.Count > MaxOpenRuns) MergeOldestRuns();
        var sources = new List<IRunSource>(_runs.Select(r => new RunFile.Reader(r)));
        if (_store is not null) sources.Add(new StoreRun(_store));
        sources.Add(new MemoryRun(_buffer));
        using var runs = new RunMerger(sources);
        foreach (var (_, record) in runs.Records()) yield return record;
    }

    /// <summary>Runs merged at once; with more, the oldest are first merged into one bigger run (open files stay bounded).</summary>
    public int MaxOpenRuns { get; init; } = 128;

    private void MergeOldestRuns()
    {
        var oldest = _runs.Take(MaxOpenRuns).ToList();
        var path = Path.Combine(_directory!, $".run-{_runs.Count + 1:D5}-merged");
        using (var merger = new RunMerger([.. oldest.Select(r => new RunFile.Reader(r))]))
        {
            RunFile.Write(path, merger.Records());
        }
        foreach (var run in oldest) File.Delete(run);
        _runs.RemoveRange(0, oldest.Count);
        _runs.Add(path);
    }

    /// <summary>The records decoded, in article-id order: what an exporter would read article by article.</summary>
    public IEnumerable<ArticleContribution> Contributions(PredicateInventory predicates) => Merge().Select(r => ContributionReader.Decode(r, predicates));

    private void SortBuffer() => _buffer.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

    private void WriteRun()
    {
        SortBuffer();
        _directory ??= Directory.CreateDirectory(_folder()).FullName;
        var path = Path.Combine(_directory, $".run-{_runs.Count + 1:D5}");
        RunFile.Write(path, _buffer);
        _runs.Add(path);
        _buffer.Clear();
        _buffered = 0;
    }

    /// <summary>Deletes the run files and their folder and lets go of the buffer; safe to call more than once.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var run in _runs)
            {
                try { File.Delete(run); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
            _runs.Clear();
            _buffer.Clear();
            _buffered = 0;
            if (_directory is not null)
            {
                try { Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                _directory = null;
            }
        }
    }
}
