using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>A .txt file is one article; its first non-empty line is the title.</summary>
public sealed class PlainTextReader(ReaderLimits limits) : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public IEnumerable<ArticleReadResult> Read(string path, CancellationToken cancellationToken = default)
    {
        var (text, error, bytes) = TextFile.Read(path, limits);
        if (error is not null) { yield return ArticleReadResult.Fail(path, error, bytes); yield break; }
        yield return ArticleFactory.Create(path, TitleText.FirstLine(text!), text!, bytes);
    }
}
