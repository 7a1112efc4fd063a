using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Pronouns ("ia", "he", "mereka", "they") resolved to the clear subject before them (<see cref="Anaphora.ResolvePronouns"/>).</summary>
public sealed class PronounResolver(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "pronoun-resolver";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.Mentions | DocumentLayers.FoldedTokens;

    public DocumentLayers Assigns => DocumentLayers.Mentions;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        IReadOnlyList<EntityMention> mentions = document.Mentions;
        return MentionSteps.With(document, mentions, Anaphora.ResolvePronouns(document, Layers.Folded(document), lexicon, mentions, document.MentionIndex));
    }
}
