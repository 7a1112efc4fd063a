using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Readers;

/// <summary>
/// Builds an article with a content-hash id, refusing empty text. Characters not allowed in text are
/// replaced (with a warning), the declared language is reduced to its base language, and the
/// reader's own metadata warnings (a bad date) are attached.
/// </summary>
internal static class ArticleFactory
{
    public static ArticleReadResult Create(string path, string title, string text, long bytes,
        string? url = null, DateOnly? published = null, string? language = null, IEnumerable<string>? warnings = null)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.AddRange(warnings ?? []);
        var (cleanText, textWarning) = TextCharacters.Clean(text);
        if (textWarning is not null) notes.Add(textWarning);
        if (string.IsNullOrWhiteSpace(cleanText)) return ArticleReadResult.Fail(path, "no article text", bytes) with { Warnings = notes.ToImmutable() };
        var baseLanguage = LanguageTag.BaseLanguage(language);
        if (!string.IsNullOrWhiteSpace(language) && baseLanguage is null)
            notes.Add($"declared language '{language.Trim()}' is not a language tag; detecting the language from the text");
        var article = new Article(ContentHash.ArticleId(cleanText), TextCharacters.Clean(title).Text, cleanText, path)
        {
            Url = string.IsNullOrWhiteSpace(url) ? null : TextCharacters.Clean(url.Trim()).Text,
            Published = published,
            Language = baseLanguage,
        };
        return ArticleReadResult.Ok(path, article, bytes) with { Warnings = notes.ToImmutable() };
    }
}
