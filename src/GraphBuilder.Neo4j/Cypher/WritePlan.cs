using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// Orders a graph's writes so every MATCH finds its nodes: articles, entities (per class),
/// sentences, mentions, then relations (per type); each cut into batches of at most the batch size.
/// Batches are produced lazily, so the plan streams.
/// </summary>
public static class WritePlan
{
    public const int DefaultBatchSize = 2000;

    public static IEnumerable<WriteBatch> For(Neo4jGraph graph, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        foreach (var b in Cut("articles", WriteStatements.Article(), graph.Articles.Select(CypherRows.Article), batchSize)) yield return b;
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var rows = graph.Entities.Where(e => e.Type == type).Select(CypherRows.Entity);
            foreach (var b in Cut($"entities ({CypherIdentifier.Label(type)})", WriteStatements.Entity(type), rows, batchSize)) yield return b;
        }
        foreach (var b in Cut("sentences", WriteStatements.Sentence(), graph.Sentences.Select(CypherRows.Sentence), batchSize)) yield return b;
        foreach (var b in Cut("mentions", WriteStatements.Mention(), graph.Sentences.SelectMany(CypherRows.Mentions), batchSize)) yield return b;
        foreach (var predicate in Enum.GetValues<Predicate>())
        {
            var rows = graph.Relations.Where(r => r.Predicate == predicate).Select(CypherRows.Relation);
            var type = CypherIdentifier.RelationshipType(predicate);
            foreach (var b in Cut($"relations ({type})", WriteStatements.Relation(predicate), rows, batchSize)) yield return b;
        }
    }

    /// <summary>Total rows the plan writes (for progress).</summary>
    public static int RowCount(Neo4jGraph graph) =>
        graph.Articles.Length + graph.Entities.Length + graph.Sentences.Length + graph.MentionCount + graph.Relations.Length;

    private static IEnumerable<WriteBatch> Cut(string kind, string body, IEnumerable<CypherRow> rows, int batchSize)
    {
        foreach (var chunk in rows.Chunk(batchSize)) yield return new WriteBatch(kind, body, [.. chunk]);
    }
}
