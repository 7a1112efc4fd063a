namespace GraphBuilder.Nlp.Clustering;

/// <summary>
/// The exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998) with the two-sided predictive
/// class model of Uszkoreit and Brants (2008): every occurrence of an item is seen with a left and a right
/// context, and the clustering maximises sum over (context, class) of N log N minus 2 sum over classes of N log N,
/// the likelihood of predicting each class from the word beside it. Items are visited in the given order, each
/// moved to the class that raises the likelihood most (staying put on a tie, else the lower class wins), until no
/// item moves or the pass limit is reached. Single-threaded and free of randomness: same input, same classes.
/// </summary>
public static class ExchangeClustering
{
    /// <summary>
    /// Clusters <paramref name="items"/> (each a list of (context, count) pairs, contexts in [0, <paramref name="contexts"/>))
    /// into <paramref name="classes"/> classes; item i starts in class i mod classes. Returns each item's class.
    /// </summary>
    public static int[] Cluster(IReadOnlyList<(int Context, int Count)[]> items, int contexts, int classes, int passes)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least one class");
        if (passes < 0) throw new ArgumentOutOfRangeException(nameof(passes), passes, "passes must be >= 0");
        var k = classes;
        var counts = new int[(long)contexts * k];  // N(context, class)
        var totals = new long[k];                 // occurrences per class (one side)
        var weight = new long[items.Count];
        var assignment = new int[items.Count];
        long max = 0;
        var contextTotals = new long[contexts];
        for (var i = 0; i < items.Count; i++)
        {
            assignment[i] = i % k;
            long sum = 0;
            foreach (var (c, n) in items[i])
            {
                if (c < 0 || c >= contexts) throw new ArgumentException($"item {i} has context {c} outside [0, {contexts})", nameof(items));
                if (n <= 0) throw new ArgumentException($"item {i} has a count {n} <= 0", nameof(items));
                counts[(long)c * k + assignment[i]] += n;
                contextTotals[c] += n;
                sum += n;
            }
            weight[i] = sum / 2;
            totals[assignment[i]] += weight[i];
        }
        foreach (var t in contextTotals) max = Math.Max(max, t);
        var xlogx = new double[max + 1];
        for (var n = 1; n <= max; n++) xlogx[n] = n * Math.Log(n);
        var delta = new double[k];
        for (var pass = 0; pass < passes; pass++)
        {
            var moved = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var from = assignment[i];
                Move(items[i], counts, k, from, -1);
                totals[from] -= weight[i];
                Array.Clear(delta);
                foreach (var (c, n) in items[i])
                {
                    var row = counts.AsSpan((int)((long)c * k), k);
                    for (var j = 0; j < k; j++) delta[j] += xlogx[row[j] + n] - xlogx[row[j]];
                }
                var best = from;
                var bestGain = delta[from] - 2 * (XLogX(totals[from] + weight[i]) - XLogX(totals[from]));
                for (var j = 0; j < k; j++)
                {
                    if (j == from) continue;
                    var gain = delta[j] - 2 * (XLogX(totals[j] + weight[i]) - XLogX(totals[j]));
                    if (gain > bestGain + 1e-9) { best = j; bestGain = gain; }
                }
                Move(items[i], counts, k, best, +1);
                totals[best] += weight[i];
                if (best != from) { assignment[i] = best; moved++; }
            }
            if (moved == 0) break;
        }
        return assignment;
    }

    /// <summary>The summed context counts of each class, for clustering the classes themselves one level up.</summary>
    public static (int Context, int Count)[][] ClassContexts(IReadOnlyList<(int Context, int Count)[]> items, int[] assignment, int classes)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(assignment);
        var sums = new SortedDictionary<int, int>[classes];
        for (var j = 0; j < classes; j++) sums[j] = [];
        for (var i = 0; i < items.Count; i++)
            foreach (var (c, n) in items[i])
                sums[assignment[i]][c] = sums[assignment[i]].GetValueOrDefault(c) + n;
        return [.. sums.Select(s => s.Select(p => (p.Key, p.Value)).ToArray())];
    }

    private static void Move((int Context, int Count)[] item, int[] counts, int k, int cls, int sign)
    {
        foreach (var (c, n) in item) counts[(long)c * k + cls] += sign * n;
    }

    private static double XLogX(long n) => n <= 0 ? 0 : n * Math.Log(n);
}
