using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;
using V = GraphBuilder.Rdf.Terms.Vocabulary;

namespace GraphBuilder.Rdf.Mapping;

/// <summary>
/// Streams a <see cref="KnowledgeGraph"/> into a sink following the graph.nt contract: every entity
/// typed with an ontology class, labelled and linked; every relation a triple in the ontology
/// namespace; each article's provenance (article, sentences, one rdf:Statement per piece of evidence)
/// next to the triples it supports. Emits subjects contiguously and in a fixed order, so output is deterministic.
/// </summary>
public sealed partial class KnowledgeGraphMapper(RdfIris iris)
{
    private readonly RdfIris _iris = iris ?? throw new ArgumentNullException(nameof(iris));

    /// <summary>Writes the whole graph, from <see cref="IRdfSink.Start"/> to <see cref="IRdfSink.Finish"/>.</summary>
    public void Write(KnowledgeGraph graph, IRdfSink sink, RdfLayout layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        var named = layout == RdfLayout.NamedGraphs;
        sink.Start();
        foreach (var (prefix, ns) in _iris.Prefixes()) sink.Prefix(prefix, ns);

        var entityGraph = named ? _iris.EntitiesGraph : null;
        foreach (var entity in graph.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteEntity(entity, new Emitter(sink, entityGraph));
        }
        if (!named)
        {
            foreach (var relation in graph.Relations) new Emitter(sink, null).Emit(RelationTriple(relation));
        }

        var evidenceByArticle = EvidenceByArticle(graph);
        var sentences = graph.Sentences.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var article in graph.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var emit = new Emitter(sink, named ? _iris.ArticleGraph(article.Id) : null);
            var evidence = evidenceByArticle.GetValueOrDefault(article.Id) ?? [];
            WriteArticle(article, emit);
            if (named)
            {
                GraphRelation? last = null;
                foreach (var (relation, _) in evidence)
                {
                    if (ReferenceEquals(relation, last)) continue;
                    emit.Emit(RelationTriple(relation));
                    last = relation;
                }
            }
            WriteEvidence(article, evidence, sentences, emit);
        }
        sink.Finish();
    }

    private static Dictionary<string, List<(GraphRelation Relation, Evidence Evidence)>> EvidenceByArticle(KnowledgeGraph graph)
    {
        var result = new Dictionary<string, List<(GraphRelation, Evidence)>>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            foreach (var evidence in relation.Evidence)
            {
                if (!result.TryGetValue(evidence.ArticleId, out var list)) result[evidence.ArticleId] = list = [];
                list.Add((relation, evidence));
            }
        }
        return result;
    }

    private Triple RelationTriple(GraphRelation relation) =>
        new(_iris.Entity(relation.SubjectId), RdfIris.Property(relation.Predicate), _iris.Entity(relation.ObjectId));

    private void WriteEntity(GraphEntity entity, Emitter emit)
    {
        var subject = _iris.Entity(entity.Id);
        emit.Emit(subject, V.RdfType, RdfIris.Class(entity.Type));
        emit.Emit(subject, V.RdfsLabel, Literal.Text(entity.Name, entity.NameLanguage));
        foreach (var alias in entity.Aliases) emit.Emit(subject, V.SkosAltLabel, Literal.String(alias));
        var wikidata = RdfIris.Wikidata(entity.Wikidata);
        if (wikidata is not null) emit.Emit(subject, V.OwlSameAs, wikidata);
    }
}
