using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Languages;

/// <summary>
/// Sets <see cref="Document.Language"/> when the article's metadata did not: the lexicon whose
/// function words ("yang", "dan" / "the", "and") occur most often wins; a tie gives the default.
/// A declared language with no lexicon is detected the same way, with a warning.
/// </summary>
public sealed class LanguageDetector(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "language-detector";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.FoldedTokens;

    public DocumentLayers Assigns => DocumentLayers.Language;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Article.Language is not { Length: > 0 } declared) return document with { Language = Detect(document) };
        if (data.Lexicons.ContainsKey(declared)) return document with { Language = declared };
        // A language without a lexicon would silently give no relations: say so and use the text's language.
        var detected = Detect(document);
        var known = string.Join(", ", data.Lexicons.Keys.Order(StringComparer.Ordinal));
        return document with
        {
            Language = detected,
            Warnings = document.Warnings.Add($"declared language '{declared}' is not supported (supported: {known}); read as '{detected}', detected from the text"),
        };
    }

    public string Detect(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var scores = data.Lexicons.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var folded = Recognition.Layers.Folded(document); // folded once, shared with the later components
        for (var t = 0; t < folded.Length; t++)
        {
            if (document.Tokens[t].Kind != TokenKind.Word) continue;
            var word = folded[t];
            foreach (var (code, lexicon) in data.Lexicons)
            {
                if (lexicon.Is(WordClass.Stop, word)) scores[code]++;
            }
        }
        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key == defaultLanguage ? 0 : 1).ThenBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
        if (best.Value == 0) return defaultLanguage;
        var tied = scores.Count(kv => kv.Value == best.Value) > 1;
        return tied ? defaultLanguage : best.Key;
    }
}
