using System.Globalization;

namespace GraphBuilder.Nlp.Evaluation;

/// <summary>True positives, false positives and false negatives of one entity type (or all).</summary>
public readonly record struct EntityScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public EntityScore Add(EntityScore other) =>
        new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives, FalseNegatives + other.FalseNegatives);

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000}");
}
