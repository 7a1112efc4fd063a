using System.Buffers;
using GraphBuilder.Nlp.Features;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right decoding with a <see cref="TaggerModel"/>: each word gets the best-scoring tag allowed
/// after the previous one (ties go to the lower tag index). Allocation-free apart from the result; thread-safe.
/// </summary>
public sealed class Tagger(TaggerModel model)
{
    public TaggerModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    public int[] Tag(SentenceText sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var result = new int[sentence.Count];
        Tag(sentence, result);
        return result;
    }

    /// <summary>Tag names for the sentence's words (the model's own string instances).</summary>
    public string[] TagNames(SentenceText sentence) => [.. Tag(sentence).Select(t => Model.Tags.Names[t])];

    public void Tag(SentenceText sentence, Span<int> output)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var n = sentence.Count;
        if (output.Length < n) throw new ArgumentException($"output holds {output.Length} tags, the sentence has {n} words", nameof(output));
        if (n == 0) return;
        var rented = ArrayPool<TokenFeatures>.Shared.Rent(n + 2 * FeatureExtractor.Pad);
        try
        {
            var tokens = rented.AsSpan(0, n + 2 * FeatureExtractor.Pad);
            var cased = FeatureExtractor.Prepare(sentence, tokens);
            Decode(tokens, n, cased, output);
        }
        finally
        {
            ArrayPool<TokenFeatures>.Shared.Return(rented);
        }
    }

    private void Decode(ReadOnlySpan<TokenFeatures> tokens, int n, bool cased, Span<int> output)
    {
        var tags = Model.Tags;
        var count = tags.Count;
        var weights = Model.Weights.AsSpan();
        var mask = Model.Mask;
        Span<uint> features = stackalloc uint[FeatureExtractor.Count];
        Span<int> scores = stackalloc int[count];
        int prev1 = -1, prev2 = -1;
        for (var i = 0; i < n; i++)
        {
            FeatureExtractor.Extract(tokens, n, i, cased, prev1, prev2, features);
            scores.Clear();
            foreach (var f in features)
            {
                var row = weights.Slice((int)(f & mask) * count, count);
                for (var t = 0; t < count; t++) scores[t] += row[t];
            }
            var best = -1;
            for (var t = 0; t < count; t++)
                if (tags.Allowed(prev1, t) && (best < 0 || scores[t] > scores[best])) best = t;
            output[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
    }
}
