using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>Builds an article with a content-hash id, refusing empty text.</summary>
internal static class ArticleFactory
{
    public static ArticleReadResult Create(string path, string title, string text, long bytes,
        string? url = null, DateOnly? published = null, string? language = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return ArticleReadResult.Fail(path, "no article text", bytes);
        var article = new Article(ContentHash.ArticleId(text), title, text, path)
        {
            Url = string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
            Published = published,
            Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant(),
        };
        return ArticleReadResult.Ok(path, article, bytes);
    }
}
