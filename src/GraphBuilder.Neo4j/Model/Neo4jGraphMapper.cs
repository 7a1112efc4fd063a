using System.Collections.Immutable;
using System.Globalization;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Neo4j.Model;

/// <summary>Maps the accumulated <see cref="KnowledgeGraph"/> to the Neo4j model.</summary>
public static class Neo4jGraphMapper
{
    public static Neo4jGraph From(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entities = graph.Entities.Select(e => new Neo4jEntity(e.Id, e.Type, Neo4jText.Clean(e.Name))
        {
            NameLanguage = e.NameLanguage,
            Aliases = CleanAll(e.Aliases),
            LanguageNames = LanguageNames(e),
            Wikidata = e.Wikidata,
        }).ToImmutableArray();
        var articles = graph.Articles.Select(a => new Neo4jArticle(a.Id, Neo4jText.Clean(a.Title), Neo4jText.Clean(a.SourcePath))
        {
            Url = Neo4jText.CleanOrNull(a.Url),
            Published = a.Published,
            Language = a.Language,
            SentenceCount = a.SentenceCount,
        }).ToImmutableArray();
        var sentences = graph.Sentences.Select(s => new Neo4jSentence(s.Id, s.ArticleId, s.Index, Neo4jText.Clean(s.Text))
        {
            EntityIds = s.EntityIds,
        }).ToImmutableArray();
        var relations = graph.Relations.Select(ToRelation).ToImmutableArray();
        return new Neo4jGraph(entities, articles, sentences, relations);
    }

    /// <summary>The key identifying one piece of evidence, the same key the accumulator deduplicates on.</summary>
    public static string EvidenceKey(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return string.Create(CultureInfo.InvariantCulture,
            $"{evidence.ArticleId}/{evidence.SentenceIndex}/{evidence.Span.Start}-{evidence.Span.End}/{evidence.Rule}");
    }

    private static Neo4jRelation ToRelation(GraphRelation r)
    {
        var type = Cypher.CypherIdentifier.RelationshipType(r.Predicate);
        return new Neo4jRelation(r.SubjectId, r.Predicate, r.ObjectId)
        {
            Evidence = r.Evidence
                .Select(e => new Neo4jEvidence(Neo4jText.Clean(Neo4jEvidence.IdFor(r.SubjectId, type, r.ObjectId, EvidenceKey(e))),
                    SentenceRecord.IdFor(e.ArticleId, e.SentenceIndex), Math.Clamp(e.Confidence, 0.0, 1.0), Neo4jText.Clean(e.Rule))
                {
                    Date = e.Date,
                    Attribution = Neo4jText.CleanOrNull(e.Attribution),
                    Start = e.Span.Start,
                    End = e.Span.End,
                })
                .DistinctBy(e => e.Id, StringComparer.Ordinal)
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .ToImmutableArray(),
        };
    }

    /// <summary>
    /// Names grouped by language, only for tags that may become property keys; a name with no (or an
    /// unusable) tag is left to <see cref="Neo4jEntity.Aliases"/>.
    /// </summary>
    private static ImmutableArray<Neo4jLanguageNames> LanguageNames(GraphEntity e) =>
    [
        .. e.Names.Where(n => Cypher.CypherIdentifier.IsLanguage(n.Language))
            .GroupBy(n => n.Language!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Neo4jLanguageNames(g.Key,
                Neo4jText.CleanOrNull(e.PreferredNames.FirstOrDefault(p => p.Language == g.Key).Text),
                CleanAll([.. g.Select(n => n.Text)]))),
    ];

    private static ImmutableArray<string> CleanAll(ImmutableArray<string> values) =>
        values.Select(Neo4jText.CleanElement).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
}
