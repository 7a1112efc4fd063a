using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>Mutable evidence set of one relation inside a <see cref="GraphShard"/>.</summary>
internal sealed class RelationState
{
    private readonly Dictionary<EvidenceKey, Evidence> _evidence = new();

    public void Add(Evidence evidence) => _evidence.TryAdd(evidence.Key, evidence);

    /// <summary>Adds another shard's evidence for the same relation (keys start with the article id, so shards never collide).</summary>
    public void MergeFrom(RelationState other)
    {
        foreach (var (key, evidence) in other._evidence) _evidence.TryAdd(key, evidence);
    }

    public GraphRelation ToRelation(string subject, Predicate predicate, string @object)
    {
        var evidence = _evidence.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToImmutableArray();
        var dates = evidence.Where(e => e.Date.HasValue).Select(e => e.Date!.Value).ToList();
        return new GraphRelation(subject, predicate, @object)
        {
            Evidence = evidence,
            ArticleIds = evidence.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
            Confidence = ConfidenceScore.NoisyOr(evidence.Select(e => e.Confidence)),
            FirstDate = dates.Count > 0 ? dates.Min() : null,
            LastDate = dates.Count > 0 ? dates.Max() : null,
            Attributions = evidence.Where(e => e.Attribution is not null).Select(e => e.Attribution!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(),
        };
    }
}
