using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Linking;

/// <summary>
/// Links entities to Wikidata with the gazetteer's QIDs. Only curated entries are linked, and only
/// where the gazetteer records a QID: a wrong link is worse than none, so names found by pattern stay unlinked.
/// </summary>
public sealed class WikidataLinker(Gazetteer gazetteer) : IDocumentComponent
{
    public string Name => "wikidata-linker";

    public DocumentLayers Requires => DocumentLayers.Entities;

    public DocumentLayers Assigns => DocumentLayers.Entities;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities.Select(e => gazetteer.Find(e.Id) is { Qid: { } qid } && e.FromGazetteer ? e with { Wikidata = qid } : e);
        return document with { Entities = [.. entities] };
    }
}
