using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Features;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Training;

/// <summary>
/// Trains a greedy averaged perceptron (Collins 2002; the averaging trick of Daumé III): each pass visits the
/// sentences in a seeded shuffled order, decodes with the model's own previous tags, and on a mistake moves the
/// weights of the word's features toward the gold tag. Single-threaded and seeded, so the same data and options
/// give the same bytes. With <see cref="TrainingOptions.Runs"/> > 1 the averaged weights of runs with consecutive seeds
/// (different sentence orders) are averaged again, which lowers the variance a single order brings. The result is
/// quantised to 16 bits.
/// </summary>
public static class PerceptronTrainer
{
    public static TaggerModel Train(IReadOnlyList<TaggedSentence> data, TrainingOptions options, string description, Action<int, double>? progress = null) =>
        Train(data, options, description, WordLexicon.Empty, progress);

    /// <summary>Trains with <paramref name="lexicon"/>'s word classes as features; the model carries the lexicon.</summary>
    public static TaggerModel Train(IReadOnlyList<TaggedSentence> data, TrainingOptions options, string description, WordLexicon lexicon, Action<int, double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (data.Count == 0) throw new ArgumentException("no training sentences", nameof(data));
        if (options.Iterations < 1) throw new ArgumentOutOfRangeException(nameof(options), "Iterations must be >= 1");
        if (options.BeamWidth is < 1 or > Tagger.MaxBeam) throw new ArgumentOutOfRangeException(nameof(options), $"BeamWidth must be 1..{Tagger.MaxBeam}");
        if (options.Runs < 1) throw new ArgumentOutOfRangeException(nameof(options), "Runs must be >= 1");
        var tags = TagSet.From(data.SelectMany(s => s.Tags));
        var sentences = data.Select(s => (Text: SentenceText.FromWords(s.Words), Gold: s.Tags.Select(tags.IndexOf).ToArray())).ToArray();
        var averaged = new double[(1 << options.Bits) * tags.Count];
        for (var run = 0; run < options.Runs; run++)
            if (options.BeamWidth == 1) Run(sentences, tags, options, options.Seed + (ulong)run, lexicon, averaged, progress);
            else BeamTrainer.Run(sentences, tags, options, options.Seed + (ulong)run, lexicon, averaged, progress);
        if (options.Runs > 1)
            for (var i = 0; i < averaged.Length; i++) averaged[i] /= options.Runs;
        return new TaggerModel(tags, options.Bits, Quantise(averaged, options.PruneBelow), description, lexicon, options.BeamWidth);
    }

    // One seeded training run; adds its averaged weights to 'averaged'.
    private static void Run((SentenceText Text, int[] Gold)[] sentences, TagSet tags, TrainingOptions options, ulong seed, WordLexicon lexicon,
        double[] averaged, Action<int, double>? progress)
    {
        var count = tags.Count;
        var mask = (1u << options.Bits) - 1;
        var weights = new float[(1 << options.Bits) * count];
        var totals = new double[weights.Length];
        var features = new uint[FeatureExtractor.Count];
        var scores = new float[count];
        var buffer = new TokenFeatures[sentences.Max(s => s.Gold.Length) + 2 * FeatureExtractor.Pad];
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        var random = new SplitMix64(seed);
        double step = 1;
        for (var iteration = 1; iteration <= options.Iterations; iteration++)
        {
            random.Shuffle(order);
            long correct = 0, seen = 0;
            foreach (var index in order)
            {
                var (text, gold) = sentences[index];
                var cased = FeatureExtractor.Prepare(text, lexicon, buffer);
                int prev1 = -1, prev2 = -1;
                for (var i = 0; i < gold.Length; i++)
                {
                    FeatureExtractor.Extract(buffer, gold.Length, i, cased, prev1, prev2, features);
                    Array.Clear(scores);
                    foreach (var f in features)
                    {
                        var row = (int)(f & mask) * count;
                        for (var t = 0; t < count; t++) scores[t] += weights[row + t];
                    }
                    var best = -1;
                    for (var t = 0; t < count; t++)
                        if (tags.Allowed(prev1, t) && (best < 0 || scores[t] > scores[best])) best = t;
                    var truth = gold[i];
                    if (best != truth)
                    {
                        foreach (var f in features)
                        {
                            var row = (int)(f & mask) * count;
                            weights[row + truth] += 1;
                            totals[row + truth] += step;
                            weights[row + best] -= 1;
                            totals[row + best] -= step;
                        }
                    }
                    else correct++;
                    seen++;
                    step++;
                    prev2 = prev1;
                    prev1 = best;
                }
            }
            progress?.Invoke(iteration, (double)correct / seen);
        }
        for (var i = 0; i < weights.Length; i++) averaged[i] += weights[i] - totals[i] / step;
    }

    private static short[] Quantise(double[] averaged, int pruneBelow)
    {
        var max = 0.0;
        foreach (var a in averaged) max = Math.Max(max, Math.Abs(a));
        var scale = max == 0 ? 1 : short.MaxValue / max;
        var result = new short[averaged.Length];
        for (var i = 0; i < averaged.Length; i++)
        {
            var q = (short)Math.Round(averaged[i] * scale, MidpointRounding.ToEven);
            result[i] = Math.Abs((int)q) < pruneBelow ? (short)0 : q;
        }
        return result;
    }
}
