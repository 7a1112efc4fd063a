using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Nameless titles with their owner ("Pemimpin Korea Utara itu", "the Russian foreign minister") resolved to the holder the document names (<see cref="Anaphora.ResolveRoles"/>).</summary>
public sealed class RoleResolver(Gazetteer gazetteer) : IDocumentComponent
{
    public string Name => "role-resolver";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.Mentions | DocumentLayers.Titles;

    public DocumentLayers Assigns => DocumentLayers.Mentions;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<EntityMention> mentions = document.Mentions;
        return MentionSteps.With(document, mentions, Anaphora.ResolveRoles(document, mentions, Layers.Titles(document), gazetteer));
    }
}
