using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Extraction.Statistical;

/// <summary>Fills <see cref="Document.PosTags"/> with the UPOS tag of every token, using the document language's model.</summary>
public sealed class PosTagger(IReadOnlyDictionary<string, Tagger> models) : IDocumentComponent
{
    public string Name => "pos-tagger";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language;

    public DocumentLayers Assigns => DocumentLayers.PosTags;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!models.TryGetValue(document.Language, out var tagger) || document.Tokens.IsEmpty) return document;
        var tags = ImmutableArray.CreateBuilder<string>(document.Tokens.Length);
        var names = tagger.Model.Tags.Names;
        var buffer = new int[document.Sentences.IsEmpty ? 0 : document.Sentences.Max(s => s.TokenCount)];
        foreach (var sentence in document.Sentences)
        {
            tagger.Tag(SentenceTokens.Of(document, sentence), buffer);
            for (var i = 0; i < sentence.TokenCount; i++) tags.Add(names[buffer[i]]);
        }
        // Tokens outside every sentence (none today) would break the parallel arrays: leave the tags empty then.
        return tags.Count == document.Tokens.Length ? document with { PosTags = tags.MoveToImmutable() } : document;
    }
}
