using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Graph;

/// <summary>
/// One edge of the graph: (subject, predicate, object) with every piece of evidence for it.
/// Symmetric predicates are stored once, with the ordinal-smaller id as subject.
/// </summary>
public sealed record GraphRelation(string SubjectId, Predicate Predicate, string ObjectId)
{
    /// <summary>Evidence sorted by article id, sentence index, span start, rule.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    public int EvidenceCount => Evidence.Length;

    /// <summary>Distinct supporting article ids, ordinal-sorted.</summary>
    public ImmutableArray<string> ArticleIds { get; init; } = [];

    /// <summary>Noisy-or of the evidence confidences, 1 - prod(1 - c), exact (<see cref="ConfidenceScore"/>); writers round it.</summary>
    public double Confidence { get; init; }

    public DateOnly? FirstDate { get; init; }
    public DateOnly? LastDate { get; init; }

    /// <summary>Distinct attributions across the evidence, ordinal-sorted.</summary>
    public ImmutableArray<string> Attributions { get; init; } = [];

    /// <summary>A stable key "subject|predicate|object", usable as an id.</summary>
    public string Key => $"{SubjectId}|{Predicate.LocalName}|{ObjectId}";
}
