using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Text;

namespace GraphBuilder.Neo4j.Model;

/// <summary>Maps the accumulated <see cref="KnowledgeGraph"/> to the Neo4j model.</summary>
public static class Neo4jGraphMapper
{
    public static Neo4jGraph From(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entities = graph.Entities.Select(e => new Neo4jEntity(e.Id, e.Type, WellFormedText.Clean(e.Name))
        {
            NameLanguage = e.NameLanguage,
            Aliases = CleanAll(e.Aliases),
            LanguageNames = LanguageNames(e),
            Wikidata = e.Wikidata,
        }).ToImmutableArray();
        var articles = graph.Articles.Select(a => new Neo4jArticle(a.Id, WellFormedText.Clean(a.Title), WellFormedText.Clean(a.SourcePath))
        {
            Url = WellFormedText.CleanOrNull(a.Url),
            Published = a.Published,
            Language = a.Language,
            SentenceCount = a.SentenceCount,
        }).ToImmutableArray();
        var sentences = graph.Sentences.Select(s => new Neo4jSentence(s.Id, s.ArticleId, s.Index, WellFormedText.Clean(s.Text))
        {
            EntityIds = s.EntityIds,
        }).ToImmutableArray();
        var relations = graph.Relations.Select(ToRelation).ToImmutableArray();
        return new Neo4jGraph(entities, articles, sentences, relations);
    }

    private static Neo4jRelation ToRelation(GraphRelation r)
    {
        var type = Cypher.CypherIdentifier.RelationshipType(r.Predicate);
        return new Neo4jRelation(r.SubjectId, r.Predicate, r.ObjectId)
        {
            Evidence = r.Evidence
                .Select(e => new Neo4jEvidence(WellFormedText.Clean(Neo4jEvidence.IdFor(r.SubjectId, type, r.ObjectId, e.Key.ToString())),
                    SentenceRecord.IdFor(e.ArticleId, e.SentenceIndex), e.Confidence, WellFormedText.Clean(e.Rule))
                {
                    Date = e.Date,
                    Attribution = WellFormedText.CleanOrNull(e.Attribution),
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
                WellFormedText.CleanOrNull(e.PreferredNames.FirstOrDefault(p => p.Language == g.Key).Text),
                CleanAll([.. g.Select(n => n.Text)]))),
    ];

    private static ImmutableArray<string> CleanAll(ImmutableArray<string> values) =>
        // An element may not contain the bulk-import array delimiter, so graph.json, the CSVs and the HTTP load store the same element.
        values.Select(v => WellFormedText.Clean(v).Replace(Export.BulkImportLayout.ArrayDelimiter, WellFormedText.Replacement))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
}
