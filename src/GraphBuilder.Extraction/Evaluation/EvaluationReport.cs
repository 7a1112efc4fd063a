using System.Globalization;
using System.Text;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Evaluation;

/// <summary>The comparison of predicted with gold triples: scores per predicate and overall, misses and false triples.</summary>
public sealed class EvaluationReport
{
    public EvaluationReport(IReadOnlySet<Triple> gold, IReadOnlySet<Triple> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        Misses = [.. gold.Except(predicted).OrderBy(t => t.ToString(), StringComparer.Ordinal)];
        FalseTriples = [.. predicted.Except(gold).OrderBy(t => t.ToString(), StringComparer.Ordinal)];
        ByPredicate = [.. gold.Concat(predicted).Select(t => t.Predicate).Distinct().Order()
            .Select(p => Score(p.LocalName, gold.Where(t => t.Predicate == p).ToHashSet(), predicted.Where(t => t.Predicate == p).ToHashSet()))];
        Overall = Score("overall", gold, predicted);
    }

    public IReadOnlyList<PredicateScore> ByPredicate { get; }
    public PredicateScore Overall { get; }
    public IReadOnlyList<Triple> Misses { get; }
    public IReadOnlyList<Triple> FalseTriples { get; }

    private static PredicateScore Score(string name, IReadOnlySet<Triple> gold, IReadOnlySet<Triple> predicted) =>
        new(name, gold.Count, predicted.Count, gold.Intersect(predicted).Count());

    /// <summary>A plain-text table plus the misses and false triples, one per line.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"predicate",-20} {"gold",5} {"pred",5} {"ok",5} {"P",6} {"R",6} {"F1",6}\n");
        foreach (var s in ByPredicate.Append(Overall)) Row(sb, s);
        sb.Append(CultureInfo.InvariantCulture, $"\nmisses ({Misses.Count}):\n");
        foreach (var t in Misses) sb.Append("  ").Append(t).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"\nfalse triples ({FalseTriples.Count}):\n");
        foreach (var t in FalseTriples) sb.Append("  ").Append(t).Append('\n');
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, PredicateScore s) =>
        sb.Append(CultureInfo.InvariantCulture, $"{s.Name,-20} {s.Gold,5} {s.Predicted,5} {s.Correct,5} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000}\n");
}
