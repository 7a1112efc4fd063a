using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>
/// Orders a graph's writes so every MATCH finds its nodes: articles, entities (per class),
/// sentences, mentions, then relations with their evidence (per type). Each is cut into batches of
/// at most <c>batchSize</c> rows (a relation counts one row per piece of evidence) and about
/// <c>maxBatchBytes</c> of parameters; a relation with more evidence than fits is spread over
/// consecutive batches, never twice in one. Batches are produced lazily, so the plan streams.
/// </summary>
public static class WritePlan
{
    public const int DefaultBatchSize = 2000;

    /// <summary>Default payload limit of one statement's parameters (estimated JSON bytes).</summary>
    public const long DefaultMaxBatchBytes = 1L << 20;

    public static IEnumerable<WriteBatch> For(Neo4jGraph graph, int batchSize, long maxBatchBytes = DefaultMaxBatchBytes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchBytes, 1);
        return Batches(graph, new BatchLimits(batchSize, maxBatchBytes));
    }

    private static IEnumerable<WriteBatch> Batches(Neo4jGraph graph, BatchLimits limits)
    {
        foreach (var b in Cut("articles", WriteStatements.Article(), graph.Articles.Select(CypherRows.Article), limits)) yield return b;
        var languages = graph.NameLanguages;
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var rows = graph.Entities.Where(e => e.Type == type).Select(e => CypherRows.Entity(e, languages));
            foreach (var b in Cut($"entities ({CypherIdentifier.Label(type)})", WriteStatements.Entity(type, languages), rows, limits)) yield return b;
        }
        foreach (var b in Cut("sentences", WriteStatements.Sentence(), graph.Sentences.Select(CypherRows.Sentence), limits)) yield return b;
        foreach (var b in Cut("mentions", WriteStatements.Mention(), graph.Sentences.SelectMany(CypherRows.Mentions), limits)) yield return b;
        foreach (var predicate in graph.Relations.Select(r => r.Predicate).Distinct().Order())
        {
            var kind = $"relations ({CypherIdentifier.RelationshipType(predicate)})";
            var relations = graph.Relations.Where(r => r.Predicate == predicate);
            foreach (var b in RelationBatches(kind, WriteStatements.Relation(predicate), relations, limits)) yield return b;
        }
    }

    /// <summary>Total rows the plan writes (for progress): nodes, mentions and one per piece of evidence.</summary>
    public static int RowCount(Neo4jGraph graph) =>
        graph.Articles.Length + graph.Entities.Length + graph.Sentences.Length + graph.MentionCount
        + graph.Relations.Sum(r => Math.Max(1, r.EvidenceCount));

    private static IEnumerable<WriteBatch> Cut(string kind, string body, IEnumerable<CypherRow> rows, BatchLimits limits)
    {
        var pending = new BatchBuilder(limits);
        foreach (var row in rows)
        {
            var bytes = row.EstimatedBytes;
            if (!pending.IsEmpty && !pending.Fits(1, bytes)) yield return pending.Flush(kind, body);
            pending.Add(row, 1, bytes);
        }
        if (!pending.IsEmpty) yield return pending.Flush(kind, body);
    }

    private static IEnumerable<WriteBatch> RelationBatches(string kind, string body, IEnumerable<Neo4jRelation> relations, BatchLimits limits)
    {
        var pending = new BatchBuilder(limits);
        foreach (var relation in relations)
        {
            var evidence = relation.Evidence.Select(CypherRows.Evidence).ToList();
            if (evidence.Count == 0)
            {
                var row = CypherRows.Relation(relation, []);
                if (!pending.IsEmpty && !pending.Fits(1, row.EstimatedBytes)) yield return pending.Flush(kind, body);
                pending.Add(row, 1, row.EstimatedBytes);
                continue;
            }
            var next = 0;
            while (next < evidence.Count)
            {
                var overhead = CypherRows.Relation(relation, []).EstimatedBytes;
                var (take, bytes) = (0, overhead);
                while (next + take < evidence.Count && pending.Fits(take + 1, bytes + evidence[next + take].EstimatedBytes + 1))
                {
                    bytes += evidence[next + take].EstimatedBytes + 1;
                    take++;
                }
                if (take == 0 && !pending.IsEmpty)
                {
                    yield return pending.Flush(kind, body);
                    continue;
                }
                if (take == 0) (take, bytes) = (1, overhead + evidence[next].EstimatedBytes); // one piece alone is over the byte limit: send it alone
                pending.Add(CypherRows.Relation(relation, evidence.GetRange(next, take)), take, bytes);
                next += take;
                if (next < evidence.Count) yield return pending.Flush(kind, body); // the rest goes to the next batch, never twice in one
            }
        }
        if (!pending.IsEmpty) yield return pending.Flush(kind, body);
    }

    private readonly record struct BatchLimits(int Rows, long Bytes);

    private sealed class BatchBuilder(BatchLimits limits)
    {
        private readonly List<CypherRow> _rows = [];
        private int _units;
        private long _bytes;

        public bool IsEmpty => _rows.Count == 0;

        /// <summary>Whether <paramref name="units"/> more rows of <paramref name="bytes"/> fit (callers send an oversized row alone).</summary>
        public bool Fits(int units, long bytes) => _units + units <= limits.Rows && _bytes + bytes <= limits.Bytes;

        public void Add(CypherRow row, int units, long bytes)
        {
            _rows.Add(row);
            _units += units;
            _bytes += bytes;
        }

        public WriteBatch Flush(string kind, string body)
        {
            var batch = new WriteBatch(kind, body, [.. _rows], _units);
            _rows.Clear();
            (_units, _bytes) = (0, 0);
            return batch;
        }
    }
}
