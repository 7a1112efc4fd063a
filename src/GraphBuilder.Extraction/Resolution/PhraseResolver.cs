using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Anaphoric phrases ("negara tersebut" -> the latest country, "kedua negara" -> the main pair, "kedua pemimpin" -> the two leaders) resolved to their antecedents (<see cref="Anaphora.ResolvePhrases"/>).</summary>
public sealed class PhraseResolver(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "phrase-resolver";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.Mentions | DocumentLayers.SubWords | DocumentLayers.Titles;

    public DocumentLayers Assigns => DocumentLayers.Mentions;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        IReadOnlyList<EntityMention> mentions = document.Mentions;
        var leaders = Anaphora.LeaderIds(document, mentions, Layers.Titles(document), data.Gazetteer);
        return MentionSteps.With(document, mentions, Anaphora.ResolvePhrases(document, lexicon, mentions, document.MentionIndex, leaders));
    }
}
