using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        var stride = Model.Stride;
        var blocks = stride / 8;
        ref var weights = ref MemoryMarshal.GetArrayDataReference(Model.Weights);
        var mask = Model.Mask;
        Span<uint> features = stackalloc uint[FeatureExtractor.Count];
        Span<Vector128<int>> sums = stackalloc Vector128<int>[blocks * 2];
        Span<int> scores = stackalloc int[stride];
        int prev1 = -1, prev2 = -1;
        for (var i = 0; i < n; i++)
        {
            FeatureExtractor.Extract(tokens, n, i, cased, prev1, prev2, features);
            sums.Clear();
            foreach (var f in features)
            {
                // Rows are padded to whole vectors: one 8-lane load per 8 tags, widened to 32 bits so sums cannot overflow.
                var offset = (nuint)((f & mask) * (uint)stride);
                for (var b = 0; b < blocks; b++)
                {
                    var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref weights, offset + (nuint)(b * 8)));
                    sums[2 * b] += low;
                    sums[2 * b + 1] += high;
                }
            }
            MemoryMarshal.Cast<Vector128<int>, int>(sums).CopyTo(scores);
            var best = -1;
            for (var t = 0; t < count; t++)
                if (tags.Allowed(prev1, t) && (best < 0 || scores[t] > scores[best])) best = t;
            output[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
    }
}
