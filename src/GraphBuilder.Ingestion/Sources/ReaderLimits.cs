namespace GraphBuilder.Ingestion.Sources;

/// <summary>Limits that keep one bad input from exhausting memory.</summary>
public sealed record ReaderLimits
{
    /// <summary>Largest single article (a .txt/.md/.html file or one JSONL line), in bytes.</summary>
    public long MaxArticleBytes { get; init; } = 16L * 1024 * 1024;

    public static ReaderLimits Default { get; } = new();
}
