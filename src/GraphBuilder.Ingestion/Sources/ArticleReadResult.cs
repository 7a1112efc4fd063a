using System.Collections.Immutable;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Ingestion.Sources;

/// <summary>
/// One outcome of reading input: an article, an error naming the file (and line) and the reason,
/// or a skipped path with a note. Errors never stop the stream; the caller reports them and goes on.
/// </summary>
public sealed record ArticleReadResult(string Path, Article? Article, string? Error)
{
    /// <summary>Bytes of input this result accounts for (drives progress reporting).</summary>
    public long Bytes { get; init; }

    /// <summary>Non-fatal notes about this input (a bad metadata date, replaced characters, a skipped path).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    public static ArticleReadResult Ok(string path, Article article, long bytes) => new(path, article, null) { Bytes = bytes };

    public static ArticleReadResult Fail(string path, string error, long bytes = 0) => new(path, null, error) { Bytes = bytes };

    /// <summary>A path that was not read, for a harmless reason reported as a warning.</summary>
    public static ArticleReadResult Skip(string path, string note) => new(path, null, null) { Warnings = [note] };

    public override string ToString() =>
        Error is not null ? $"{Path}: {Error}" : Article is null ? $"{Path}: skipped: {string.Join("; ", Warnings)}" : $"{Path}: ok";
}
