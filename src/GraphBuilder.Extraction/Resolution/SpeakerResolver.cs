using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>A speaker's "we" inside a quotation resolved to the state the speaker serves (<see cref="SpeakerPronouns"/>).</summary>
public sealed class SpeakerResolver(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "speaker-resolver";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.Mentions | DocumentLayers.FoldedTokens | DocumentLayers.Titles;

    public DocumentLayers Assigns => DocumentLayers.Mentions;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        IReadOnlyList<EntityMention> mentions = document.Mentions;
        return MentionSteps.With(document, mentions, SpeakerPronouns.Resolve(document, Layers.Folded(document), lexicon, mentions, document.MentionIndex, Layers.Titles(document), data.Gazetteer));
    }
}
