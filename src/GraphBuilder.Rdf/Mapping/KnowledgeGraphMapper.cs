using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;
using V = GraphBuilder.Rdf.Terms.Vocabulary;

namespace GraphBuilder.Rdf.Mapping;

/// <summary>
/// Streams a <see cref="KnowledgeGraph"/> into a sink following the graph.nt contract: every entity
/// typed with an ontology class, labelled and linked; every relation a triple in the ontology
/// namespace. In the dataset layout, each article's named graph also holds its provenance (article,
/// sentences, one rdf:Statement per piece of evidence) next to the triples it supports. Emits subjects contiguously and in a fixed order, so output is deterministic.
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
        var next = 0; // relations are sorted by subject id like entities: each subject's relations follow its description
        foreach (var entity in graph.Entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var emit = new Emitter(sink, entityGraph);
            WriteEntity(entity, emit);
            if (named) continue;
            while (next < graph.Relations.Length && string.CompareOrdinal(graph.Relations[next].SubjectId, entity.Id) < 0) next++;
            for (; next < graph.Relations.Length && graph.Relations[next].SubjectId == entity.Id; next++) emit.Emit(RelationTriple(graph.Relations[next]));
        }
        if (!named)
        {
            sink.Finish(); // the default-graph files hold the knowledge; provenance lives in the dataset's article graphs
            return;
        }

        var evidenceByArticle = EvidenceByArticle(graph);
        var sentences = graph.Sentences.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var article in graph.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var emit = new Emitter(sink, _iris.ArticleGraph(article.Id));
            var evidence = evidenceByArticle.GetValueOrDefault(article.Id) ?? [];
            WriteArticle(article, emit);
            GraphRelation? last = null;
            foreach (var (relation, _) in evidence)
            {
                if (ReferenceEquals(relation, last)) continue;
                emit.Emit(RelationTriple(relation));
                last = relation;
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
        WriteNames(entity, subject, emit);
        var wikidata = RdfIris.Wikidata(entity.Wikidata);
        if (wikidata is not null) emit.Emit(subject, V.OwlSameAs, wikidata);
    }

    /// <summary>
    /// skos:prefLabel once per language, skos:altLabel for every other name in its language (plain when the
    /// language is unknown). A graph read from an older graph.json has only untagged aliases.
    /// </summary>
    private static void WriteNames(GraphEntity entity, Iri subject, Emitter emit)
    {
        if (entity.Names.IsDefaultOrEmpty)
        {
            foreach (var alias in entity.Aliases) emit.Emit(subject, V.SkosAltLabel, Literal.String(alias));
            return;
        }
        var preferred = new HashSet<Literal>();
        foreach (var p in entity.PreferredNames)
        {
            var label = Literal.Text(p.Text, p.Language);
            if (label.Language is null || !preferred.Add(label)) continue;
            emit.Emit(subject, V.SkosPrefLabel, label);
        }
        var written = new HashSet<Literal>(preferred);
        foreach (var n in entity.Names)
        {
            var label = Literal.Text(n.Text, n.Language);
            if (label.Language is null && n.Text == entity.Name) continue; // already the rdfs:label
            if (written.Add(label)) emit.Emit(subject, V.SkosAltLabel, label);
        }
    }
}
