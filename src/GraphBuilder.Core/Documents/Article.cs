namespace GraphBuilder.Core.Documents;

/// <summary>
/// One input article as read from a source. <see cref="Id"/> is a hash of the content,
/// so renaming or moving the file does not change the graph.
/// </summary>
public sealed record Article
{
    public Article(string id, string title, string text, string sourcePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourcePath);
        Id = id;
        Title = title;
        Text = text;
        SourcePath = sourcePath;
    }

    public string Id { get; init; }
    public string Title { get; init; }
    public string Text { get; init; }

    /// <summary>Where the article came from (file path, plus ":line" for JSONL records).</summary>
    public string SourcePath { get; init; }

    public string? Url { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>ISO 639-1 code ("id", "en") when known from metadata; otherwise null and detected later.</summary>
    public string? Language { get; init; }
}
