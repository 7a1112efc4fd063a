namespace GraphBuilder.Core.Graph;

/// <summary>Metadata of one ingested article (its id is the content hash).</summary>
public sealed record ArticleRecord(string Id, string Title, string SourcePath)
{
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public string Language { get; init; } = "und";
    public int SentenceCount { get; init; }

    /// <summary>Full SHA-256 of the article text (the id is its 16-digit prefix).</summary>
    public string ContentHash { get; init; } = "";
}
