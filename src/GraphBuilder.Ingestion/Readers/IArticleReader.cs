using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>Reads the articles of one file format. A reader yields results lazily and never throws for bad input.</summary>
public interface IArticleReader
{
    /// <summary>File extensions handled, lower-case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    IEnumerable<ArticleReadResult> Read(string path, CancellationToken cancellationToken = default);
}
