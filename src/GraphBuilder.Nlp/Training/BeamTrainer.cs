using GraphBuilder.Nlp.Features;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Training;

/// <summary>
/// One averaged-perceptron run with beam search and early update (Collins and Roark 2004): each sentence is decoded
/// with the same beam as <see cref="Tagger"/>; as soon as the gold prefix falls out of the beam (or at the end, when
/// the best sequence is not the gold one) the features of the gold prefix are rewarded and those of the best
/// prefix penalised, and the rest of the sentence is skipped. Seeded order, single thread: same data, same weights.
/// </summary>
internal static class BeamTrainer
{
    public static void Run((SentenceText Text, int[] Gold)[] sentences, TagSet tags, TrainingOptions options, ulong seed, WordLexicon lexicon,
        double[] averaged, Action<int, double>? progress)
    {
        var count = tags.Count;
        var width = options.BeamWidth;
        var mask = (1u << options.Bits) - 1;
        var weights = new float[(1 << options.Bits) * count];
        var totals = new double[weights.Length];
        var longest = sentences.Max(s => s.Gold.Length);
        var buffer = new TokenFeatures[longest + 2 * FeatureExtractor.Pad];
        var staticFeatures = new uint[FeatureExtractor.StaticCount];
        var tagged = new uint[FeatureExtractor.TaggedCount];
        var features = new uint[FeatureExtractor.Count];
        var staticScores = new double[count];
        var scores = new double[count];
        var history = new int[longest * width * 2];
        var beam = new Entry[width];
        var next = new Entry[width];
        var predicted = new int[longest];
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        var random = new SplitMix64(seed);
        double step = 1;
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            long clean = 0;
            foreach (var index in order)
            {
                var (text, gold) = sentences[index];
                var n = gold.Length;
                var cased = FeatureExtractor.Prepare(text, lexicon, buffer);
                beam[0] = new Entry(0, -1, -1, true);
                var size = 1;
                var stop = n - 1;
                for (var i = 0; i < n; i++)
                {
                    FeatureExtractor.ExtractStatic(buffer, n, i, cased, staticFeatures);
                    Sum(staticFeatures, weights, mask, count, staticScores, clear: true);
                    var filled = 0;
                    for (var k = 0; k < size; k++)
                    {
                        var e = beam[k];
                        FeatureExtractor.ExtractTagged(buffer, i, e.Last, e.Before, tagged);
                        staticScores.CopyTo(scores, 0);
                        Sum(tagged, weights, mask, count, scores, clear: false);
                        for (var t = 0; t < count; t++)
                        {
                            if (!tags.Allowed(e.Last, t)) continue;
                            var s = e.Score + scores[t];
                            if (filled == width && s <= next[width - 1].Score) continue;
                            var at = filled < width ? filled++ : width - 1;
                            while (at > 0 && next[at - 1].Score < s) { next[at] = next[at - 1]; at--; }
                            next[at] = new Entry(s, t, e.Last, e.Gold && t == gold[i], k);
                        }
                    }
                    var goldIn = false;
                    for (var k = 0; k < filled; k++)
                    {
                        history[(i * width + k) * 2] = next[k].Last;
                        history[(i * width + k) * 2 + 1] = next[k].Parent;
                        goldIn |= next[k].Gold;
                    }
                    (beam, next) = (next, beam);
                    size = filled;
                    if (!goldIn) { stop = i; break; }
                }
                if (beam[0].Gold && stop == n - 1) { clean++; step++; continue; }
                for (int i = stop, k = 0; i >= 0; i--)
                {
                    predicted[i] = history[(i * width + k) * 2];
                    k = history[(i * width + k) * 2 + 1];
                }
                for (var i = 0; i <= stop; i++)
                {
                    FeatureExtractor.Extract(buffer, n, i, cased, i > 0 ? gold[i - 1] : -1, i > 1 ? gold[i - 2] : -1, features);
                    Update(features, weights, totals, mask, count, gold[i], +1, step);
                    FeatureExtractor.Extract(buffer, n, i, cased, i > 0 ? predicted[i - 1] : -1, i > 1 ? predicted[i - 2] : -1, features);
                    Update(features, weights, totals, mask, count, predicted[i], -1, step);
                }
                step++;
            }
            progress?.Invoke(iteration, (double)clean / sentences.Length);
        }
        for (var i = 0; i < weights.Length; i++) averaged[i] += weights[i] - totals[i] / step;
    }

    private readonly record struct Entry(double Score, int Last, int Before, bool Gold, int Parent = 0);

    private static void Sum(uint[] features, float[] weights, uint mask, int count, double[] scores, bool clear)
    {
        if (clear) Array.Clear(scores);
        foreach (var f in features)
        {
            var row = (int)(f & mask) * count;
            for (var t = 0; t < count; t++) scores[t] += weights[row + t];
        }
    }

    private static void Update(uint[] features, float[] weights, double[] totals, uint mask, int count, int tag, int sign, double step)
    {
        foreach (var f in features)
        {
            var row = (int)(f & mask) * count + tag;
            weights[row] += sign;
            totals[row] += sign * step;
        }
    }
}
