using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Declares the document's entities from its resolved mentions (<see cref="EntityBuilder"/>).</summary>
public sealed class EntityDeclarer(Gazetteer gazetteer) : IDocumentComponent
{
    public string Name => "entity-declarer";

    public DocumentLayers Requires => DocumentLayers.Mentions | DocumentLayers.PersonNames;

    public DocumentLayers Assigns => DocumentLayers.Entities;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Entities = EntityBuilder.Build(document.Mentions, document.PersonNames, gazetteer, document.Language) };
    }
}
