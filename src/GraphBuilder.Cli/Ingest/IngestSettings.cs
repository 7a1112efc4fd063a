namespace GraphBuilder.Cli.Ingest;

/// <summary>The "Ingest" configuration section.</summary>
public sealed record IngestSettings
{
    public string OutputDirectory { get; init; } = "out";

    /// <summary>Comma-separated export formats, or "all".</summary>
    public string Formats { get; init; } = "all";

    /// <summary>Articles processed in parallel; 0 means one per processor core.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>Largest single article in bytes.</summary>
    public long MaxArticleBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// Bytes of article records (for the article store) held in memory before they are sorted and spilled to a run
    /// file in the staging folder; the runs are merged in article order when the store is written.
    /// </summary>
    public long RecordBufferBytes { get; init; } = 2L << 20;

    /// <summary>Time one article may take in extraction before it is cut short with a warning.</summary>
    public TimeSpan ArticleTimeBudget { get; init; } = TimeSpan.FromSeconds(60);
}
