using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using GraphBuilder.Nlp.Features;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// Left-to-right decoding with a <see cref="TaggerModel"/>: a beam of the model's <see cref="TaggerModel.BeamWidth"/>
/// best tag sequences (width 1 is greedy: each word gets the best-scoring tag allowed after the previous one). The
/// features that do not depend on the previous tags are scored once per word; only the tagged ones once per beam
/// entry. Ties go to the earlier entry and the lower tag index. Thread-safe.
/// </summary>
public sealed class Tagger(TaggerModel model)
{
    /// <summary>Widest beam a model may ask for.</summary>
    public const int MaxBeam = 16;

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
        var beam = Model.BeamWidth;
        var history = beam > 1 ? ArrayPool<int>.Shared.Rent(2 * n * beam) : null;
        try
        {
            var tokens = rented.AsSpan(0, n + 2 * FeatureExtractor.Pad);
            var cased = FeatureExtractor.Prepare(sentence, Model.Lexicon, tokens);
            if (history is null) Greedy(tokens, n, cased, output);
            else Beam(tokens, n, cased, beam, history, output);
        }
        finally
        {
            ArrayPool<TokenFeatures>.Shared.Return(rented);
            if (history is not null) ArrayPool<int>.Shared.Return(history);
        }
    }

    private void Greedy(ReadOnlySpan<TokenFeatures> tokens, int n, bool cased, Span<int> output)
    {
        var tags = Model.Tags;
        Span<uint> features = stackalloc uint[FeatureExtractor.Count];
        Span<Vector128<int>> sums = stackalloc Vector128<int>[Model.Stride / 8 * 2];
        var scores = MemoryMarshal.Cast<Vector128<int>, int>(sums);
        int prev1 = -1, prev2 = -1;
        for (var i = 0; i < n; i++)
        {
            FeatureExtractor.Extract(tokens, n, i, cased, prev1, prev2, features);
            sums.Clear();
            AddRows(features, sums);
            var best = -1;
            for (var t = 0; t < tags.Count; t++)
                if (tags.Allowed(prev1, t) && (best < 0 || scores[t] > scores[best])) best = t;
            output[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
    }

    private void Beam(ReadOnlySpan<TokenFeatures> tokens, int n, bool cased, int width, int[] history, Span<int> output)
    {
        var tags = Model.Tags;
        var blocks = Model.Stride / 8 * 2;
        Span<uint> staticFeatures = stackalloc uint[FeatureExtractor.StaticCount];
        Span<uint> taggedFeatures = stackalloc uint[FeatureExtractor.TaggedCount];
        Span<Vector128<int>> staticSums = stackalloc Vector128<int>[blocks];
        Span<Vector128<int>> sums = stackalloc Vector128<int>[blocks];
        var staticScores = MemoryMarshal.Cast<Vector128<int>, int>(staticSums);
        var scores = MemoryMarshal.Cast<Vector128<int>, int>(sums);
        // The beam: score, last two tags; history[(i * width + k) * 2] = tag, + 1 = entry of word i - 1 it extends.
        Span<long> score = stackalloc long[width], nextScore = stackalloc long[width];
        Span<int> last = stackalloc int[width], nextLast = stackalloc int[width];
        Span<int> before = stackalloc int[width], nextBefore = stackalloc int[width];
        Span<int> parent = stackalloc int[width];
        score[0] = 0;
        last[0] = before[0] = -1;
        var size = 1;
        for (var i = 0; i < n; i++)
        {
            FeatureExtractor.ExtractStatic(tokens, n, i, cased, staticFeatures);
            staticSums.Clear();
            AddRows(staticFeatures, staticSums);
            var next = 0;
            for (var k = 0; k < size; k++)
            {
                FeatureExtractor.ExtractTagged(tokens, i, last[k], before[k], taggedFeatures);
                staticSums.CopyTo(sums);
                AddRows(taggedFeatures, sums);
                for (var t = 0; t < tags.Count; t++)
                {
                    if (!tags.Allowed(last[k], t)) continue;
                    var s = score[k] + scores[t];
                    if (next == width && s <= nextScore[width - 1]) continue;
                    var at = next < width ? next++ : width - 1;
                    while (at > 0 && nextScore[at - 1] < s)
                    {
                        nextScore[at] = nextScore[at - 1];
                        nextLast[at] = nextLast[at - 1];
                        nextBefore[at] = nextBefore[at - 1];
                        parent[at] = parent[at - 1];
                        at--;
                    }
                    nextScore[at] = s;
                    nextLast[at] = t;
                    nextBefore[at] = last[k];
                    parent[at] = k;
                }
            }
            for (var k = 0; k < next; k++)
            {
                history[(i * width + k) * 2] = nextLast[k];
                history[(i * width + k) * 2 + 1] = parent[k];
            }
            nextScore[..next].CopyTo(score);
            nextLast[..next].CopyTo(last);
            nextBefore[..next].CopyTo(before);
            size = next;
        }
        for (int i = n - 1, k = 0; i >= 0; i--)
        {
            output[i] = history[(i * width + k) * 2];
            k = history[(i * width + k) * 2 + 1];
        }
    }

    // Adds each feature's row; rows are padded to whole vectors: one 8-lane load per 8 tags, widened to 32 bits so sums cannot overflow.
    private void AddRows(ReadOnlySpan<uint> features, Span<Vector128<int>> sums)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(Model.Weights);
        var stride = Model.Stride;
        var blocks = stride / 8;
        var mask = Model.Mask;
        foreach (var f in features)
        {
            var offset = (nuint)((f & mask) * (uint)stride);
            for (var b = 0; b < blocks; b++)
            {
                var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref weights, offset + (nuint)(b * 8)));
                sums[2 * b] += low;
                sums[2 * b + 1] += high;
            }
        }
    }
}
