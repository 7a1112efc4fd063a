namespace GraphBuilder.Core.Graph;

/// <summary>
/// The one definition of confidence arithmetic: a confidence is a number in [0, 1], checked once where evidence
/// is made (<see cref="Documents.Evidence"/>); a relation's confidence is the noisy-or of its evidence,
/// 1 - prod(1 - c). These functions return the exact value; each output rounds at its writer (graph.json and
/// GraphML to 4 digits half-to-even, Neo4j to 4 digits half-away-from-zero like Cypher's round(x, 4)).
/// </summary>
public static class ConfidenceScore
{
    /// <summary>True for a number in [0, 1] (NaN is not).</summary>
    public static bool IsValid(double value) => value is >= 0.0 and <= 1.0;

    /// <summary><paramref name="value"/> when it is in [0, 1]; otherwise throws, naming <paramref name="what"/>.</summary>
    public static double Check(double value, string what) =>
        IsValid(value) ? value : throw new ArgumentOutOfRangeException(what, value, $"{what} must be a number in [0, 1], got {value}.");

    /// <summary>Product of (1 - c) in the given order: the probability that every piece of evidence is wrong.</summary>
    public static double Disbelief(IEnumerable<double> confidences)
    {
        ArgumentNullException.ThrowIfNull(confidences);
        var disbelief = 1.0;
        foreach (var c in confidences) disbelief *= 1.0 - c;
        return disbelief;
    }

    /// <summary>Noisy-or of the confidences, 1 - prod(1 - c), exact (not rounded).</summary>
    public static double NoisyOr(IEnumerable<double> confidences) => 1.0 - Disbelief(confidences);
}
