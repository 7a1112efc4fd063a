using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Rdf.Escaping;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Mapping;

/// <summary>
/// The IRIs GraphBuilder mints under a configurable base: entities <c>{base}id/{stable id}</c>,
/// articles <c>{base}article/{id}</c>, per-article named graphs <c>{base}graph/{id}</c>, the
/// entity graph <c>{base}graph/entities</c>, sentences and assertion (evidence) nodes.
/// </summary>
public sealed class RdfIris
{
    public RdfIris(string baseIri)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseIri);
        if (!baseIri.EndsWith('/') && !baseIri.EndsWith('#')) baseIri += "/";
        Base = Iri.Create(baseIri);
        EntitiesGraph = Base.Append("graph/entities");
    }

    public Iri Base { get; }

    /// <summary>The named graph holding every entity's type, labels and links.</summary>
    public Iri EntitiesGraph { get; }

    /// <summary>The entity's IRI; each '/'-separated part of the stable id is percent-encoded where needed ('?' and '#' too).</summary>
    public Iri Entity(string stableId) => Base.Append("id/" + string.Join('/', stableId.Split('/').Select(Segment)));

    public Iri Article(string articleId) => Base.Append("article/" + Segment(articleId));

    public Iri ArticleGraph(string articleId) => Base.Append("graph/" + Segment(articleId));

    public Iri Sentence(string articleId, int index) => Base.Append($"article/{Segment(articleId)}/sentence/{index}");

    /// <summary>A stable IRI for one piece of evidence of one relation.</summary>
    public Iri Assertion(GraphRelation relation, Evidence evidence)
    {
        var key = relation.Key + "\n" + evidence.Key.Join('\n');
        return Base.Append("assertion/" + ContentHash.Of(key)[..20]);
    }

    public static Iri Class(EntityType type) => Iri.Create(OntologyNamespace.ClassIri(type));

    public static Iri Property(Predicate predicate) => Iri.Create(predicate.Iri);

    /// <summary>The Wikidata entity IRI for a QID, or null when <paramref name="qid"/> is not of the form Q123.</summary>
    public static Iri? Wikidata(string? qid)
    {
        return Qid.IsValid(qid) ? Iri.Create(OntologyNamespace.Wikidata + qid) : null;
    }

    /// <summary>The prefixes worth declaring for this base (assertions and graphs compact to short names).</summary>
    public IEnumerable<(string Prefix, Iri Namespace)> Prefixes()
    {
        foreach (var p in Vocabulary.StandardPrefixes) yield return p;
        yield return ("gbg", Base.Append("graph/"));
        yield return ("gba", Base.Append("assertion/"));
    }

    private static string Segment(string value) => RdfEscape.ToIriCharacters(value, encodeSlash: true);
}
