using System.Globalization;
using System.Text;

namespace GraphBuilder.Nlp.Evaluation;

/// <summary>
/// Standard CoNLL entity-level scoring: an entity counts only when its type and both boundaries match the gold.
/// Add sentences one by one; <see cref="Format"/> prints one line per type and a last `overall` line.
/// </summary>
public sealed class EntityScorer
{
    private readonly SortedDictionary<string, EntityScore> byType = new(StringComparer.Ordinal);

    public int Sentences { get; private set; }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count) throw new ArgumentException($"{gold.Count} gold tags but {predicted.Count} predicted");
        Sentences++;
        var expected = BioDecoder.Decode(gold).ToHashSet();
        var found = BioDecoder.Decode(predicted).ToHashSet();
        foreach (var e in found) Count(e.Type, expected.Contains(e) ? new EntityScore(1, 0, 0) : new EntityScore(0, 1, 0));
        foreach (var e in expected.Where(e => !found.Contains(e))) Count(e.Type, new EntityScore(0, 0, 1));
    }

    public IReadOnlyDictionary<string, EntityScore> ByType => byType;

    public EntityScore Overall => byType.Values.Aggregate(new EntityScore(), (a, b) => a.Add(b));

    public string Format()
    {
        var sb = new StringBuilder();
        foreach (var (type, score) in byType)
            sb.Append(CultureInfo.InvariantCulture, $"{type,-8} {score.Format()} gold={score.TruePositives + score.FalseNegatives} found={score.TruePositives + score.FalsePositives}\n");
        sb.Append("overall ").Append(Overall.Format()).Append('\n');
        return sb.ToString();
    }

    private void Count(string type, EntityScore delta) => byType[type] = byType.GetValueOrDefault(type).Add(delta);
}
