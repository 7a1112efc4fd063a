using GraphBuilder.Core.Documents;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// One outcome of reading input: an article, or an error naming the file (and line) and the reason.
/// Errors never stop the stream; the caller reports them and goes on.
/// </summary>
public sealed record ArticleReadResult(string Path, Article? Article, string? Error)
{
    /// <summary>Bytes of input this result accounts for (drives progress reporting).</summary>
    public long Bytes { get; init; }

    public static ArticleReadResult Ok(string path, Article article, long bytes) => new(path, article, null) { Bytes = bytes };

    public static ArticleReadResult Fail(string path, string error, long bytes = 0) => new(path, null, error) { Bytes = bytes };

    public override string ToString() => Error is null ? $"{Path}: ok" : $"{Path}: {Error}";
}
