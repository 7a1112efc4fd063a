using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Neo4j.Model;

/// <summary>
/// A typed relationship between two entities with its provenance. Evidence is identified by
/// <see cref="EvidenceKeys"/> (parallel to <see cref="EvidenceConfidences"/>) so that loads can
/// merge evidence idempotently: a key already on the edge is never counted twice.
/// </summary>
public sealed record Neo4jRelation(string SubjectId, Predicate Predicate, string ObjectId)
{
    /// <summary>One key per piece of evidence: "articleId/sentence/start-end/rule".</summary>
    public ImmutableArray<string> EvidenceKeys { get; init; } = [];

    /// <summary>Confidence of each piece of evidence, in the order of <see cref="EvidenceKeys"/>.</summary>
    public ImmutableArray<double> EvidenceConfidences { get; init; } = [];

    public ImmutableArray<string> ArticleIds { get; init; } = [];
    public ImmutableArray<string> SentenceIds { get; init; } = [];
    public ImmutableArray<string> Attributions { get; init; } = [];
    public DateOnly? FirstDate { get; init; }
    public DateOnly? LastDate { get; init; }

    public int EvidenceCount => EvidenceKeys.Length;

    /// <summary>Noisy-or of the evidence confidences, rounded to 4 digits (as the loader computes it in Cypher).</summary>
    public double Confidence
    {
        get
        {
            var disbelief = 1.0;
            foreach (var c in EvidenceConfidences) disbelief *= 1.0 - Math.Clamp(c, 0.0, 1.0);
            return Math.Round(1.0 - disbelief, 4, MidpointRounding.AwayFromZero); // as Cypher round(x, 4)
        }
    }
}
