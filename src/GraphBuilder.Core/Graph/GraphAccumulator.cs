using System.Collections.Concurrent;
using System.Collections.Immutable;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Core.Graph;

/// <summary>
/// Merges processed documents into one graph: entities by stable id, relations by
/// (subject, predicate, object) with evidence counted, never duplicated. Thread-safe without a global
/// lock: an article id is claimed in a concurrent table, and the document's content goes into a
/// <see cref="GraphShard"/> that only the adding thread holds; the shards are merged by
/// <see cref="Snapshot"/>. Order-independent: the snapshot is the same whatever order documents arrive
/// in and whichever thread adds them. Only sentences that carry evidence are kept.
/// </summary>
public sealed class GraphAccumulator
{
    private readonly ConcurrentDictionary<string, ArticleRecord> _articles = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<GraphShard> _idle = [];
    private readonly ConcurrentQueue<GraphShard> _all = new();

    public int ArticleCount => _articles.Count;

    /// <summary>True if an article with this id was already added (duplicate content).</summary>
    public bool Contains(string articleId) => _articles.ContainsKey(articleId);

    /// <summary>
    /// Adds a processed document. Returns false (and adds nothing) if its article id was seen before,
    /// i.e. the same content arrived from another file; the article then keeps the ordinal-smallest
    /// source path, so the result does not depend on arrival order.
    /// </summary>
    public bool Add(Document document) => Add(ArticleContribution.From(document));

    /// <summary>
    /// Adds an article's contribution (from a document just processed, or replayed from a store); the same
    /// as adding the document it came from. Returns false if its article id was seen before.
    /// </summary>
    public bool Add(ArticleContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        var record = contribution.Article;
        if (!_articles.TryAdd(record.Id, record))
        {
            KeepSmallestPath(record.Id, record.SourcePath);
            return false;
        }
        // ConcurrentBag hands a thread back the shard it returned last, so each worker keeps filling its own.
        if (!_idle.TryTake(out var shard))
        {
            shard = new GraphShard();
            _all.Enqueue(shard);
        }
        try
        {
            shard.Add(contribution);
        }
        finally
        {
            _idle.Add(shard);
        }
        return true;
    }

    private void KeepSmallestPath(string id, string path)
    {
        while (_articles.TryGetValue(id, out var existing) && string.CompareOrdinal(path, existing.SourcePath) < 0)
        {
            if (_articles.TryUpdate(id, existing with { SourcePath = path }, existing)) return;
        }
    }

    /// <summary>
    /// An immutable, ordinally sorted snapshot of everything added. Call it once the adding threads are
    /// done: a document being added at the same moment may be missing from it.
    /// </summary>
    public KnowledgeGraph Snapshot()
    {
        var merged = new GraphShard();
        foreach (var shard in _all) merged.MergeFrom(shard);
        var entities = merged.Entities.Values.Select(e => e.ToEntity()).OrderBy(e => e.Id, StringComparer.Ordinal).ToImmutableArray();
        var relations = merged.Relations
            .Select(kv => kv.Value.ToRelation(kv.Key.S, kv.Key.P, kv.Key.O))
            .OrderBy(r => r.SubjectId, StringComparer.Ordinal)
            .ThenBy(r => r.Predicate)
            .ThenBy(r => r.ObjectId, StringComparer.Ordinal)
            .ToImmutableArray();
        var articles = _articles.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToImmutableArray();
        var sentences = merged.Sentences.Values
            .OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Index)
            .ToImmutableArray();
        return new KnowledgeGraph(entities, relations, articles, sentences);
    }
}
