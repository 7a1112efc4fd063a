using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>Mutable evidence set of one relation inside a <see cref="GraphShard"/>.</summary>
internal sealed class RelationState
{
    private readonly Dictionary<(string Article, int Sentence, int Start, int End, string Rule), Evidence> _evidence = new();

    public void Add(Evidence evidence) =>
        _evidence.TryAdd((evidence.ArticleId, evidence.SentenceIndex, evidence.Span.Start, evidence.Span.End, evidence.Rule), evidence);

    /// <summary>Adds another shard's evidence for the same relation (keys start with the article id, so shards never collide).</summary>
    public void MergeFrom(RelationState other)
    {
        foreach (var (key, evidence) in other._evidence) _evidence.TryAdd(key, evidence);
    }

    public GraphRelation ToRelation(string subject, Predicate predicate, string @object)
    {
        var evidence = _evidence
            .OrderBy(kv => kv.Key.Article, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Sentence)
            .ThenBy(kv => kv.Key.Start)
            .ThenBy(kv => kv.Key.End)
            .ThenBy(kv => kv.Key.Rule, StringComparer.Ordinal)
            .Select(kv => kv.Value)
            .ToImmutableArray();
        var dates = evidence.Where(e => e.Date.HasValue).Select(e => e.Date!.Value).ToList();
        var disbelief = 1.0;
        foreach (var e in evidence) disbelief *= 1.0 - Math.Clamp(e.Confidence, 0.0, 1.0);
        return new GraphRelation(subject, predicate, @object)
        {
            Evidence = evidence,
            ArticleIds = evidence.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
            Confidence = Math.Round(1.0 - disbelief, 4),
            FirstDate = dates.Count > 0 ? dates.Min() : null,
            LastDate = dates.Count > 0 ? dates.Max() : null,
            Attributions = evidence.Where(e => e.Attribution is not null).Select(e => e.Attribution!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
        };
    }
}
