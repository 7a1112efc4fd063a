using System.Collections.Immutable;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Neo4j.Model;

/// <summary>
/// A typed relationship between two entities. Its evidence becomes <see cref="Neo4jEvidence"/> nodes;
/// the relationship itself stores only aggregates of fixed size (count, noisy-or confidence and the
/// product behind it, first and last date), which a load updates by the evidence it newly creates.
/// </summary>
public sealed record Neo4jRelation(string SubjectId, Predicate Predicate, string ObjectId)
{
    /// <summary>Evidence, ordinal-sorted by id, ids unique.</summary>
    public ImmutableArray<Neo4jEvidence> Evidence { get; init; } = [];

    public int EvidenceCount => Evidence.Length;

    /// <summary>Product of (1 - confidence) over the evidence: what the database accumulates.</summary>
    public double Disbelief => ConfidenceScore.Disbelief(Evidence.Select(e => e.Confidence));

    /// <summary>Noisy-or of the evidence confidences, rounded to 4 digits half away from zero (as Cypher's round(x, 4)).</summary>
    public double Confidence => Math.Round(ConfidenceScore.NoisyOr(Evidence.Select(e => e.Confidence)), 4, MidpointRounding.AwayFromZero);

    public DateOnly? FirstDate => Evidence.Where(e => e.Date.HasValue).Select(e => e.Date).Min();

    public DateOnly? LastDate => Evidence.Where(e => e.Date.HasValue).Select(e => e.Date).Max();
}
