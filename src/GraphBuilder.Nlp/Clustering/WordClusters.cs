using System.Globalization;
using System.Text;

namespace GraphBuilder.Nlp.Clustering;

/// <summary>
/// Distributional word classes at several granularities, nested: each word of the vocabulary has a fine class,
/// the fine classes are clustered into mid classes and those into coarse ones (the role the bit-string prefixes of
/// Brown clusters play in NER features). Built by <see cref="ExchangeClustering"/> from unlabelled, lower-cased
/// text; stored as a small TSV (<c>word TAB fine TAB mid TAB coarse</c>, most frequent word first).
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, int[]> classes;

    public WordClusters(IReadOnlyList<string> words, IReadOnlyList<int[]> levels)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(levels);
        if (words.Count != levels.Count) throw new ArgumentException($"{words.Count} words but {levels.Count} class lists");
        Words = words;
        Levels = levels.Count == 0 ? 0 : levels[0].Length;
        classes = new Dictionary<string, int[]>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (levels[i].Length != Levels) throw new ArgumentException($"word '{words[i]}' has {levels[i].Length} classes, expected {Levels}");
            if (!classes.TryAdd(words[i], levels[i])) throw new ArgumentException($"word '{words[i]}' is listed twice");
        }
    }

    /// <summary>The vocabulary, most frequent first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Granularities per word (finest first).</summary>
    public int Levels { get; }

    /// <summary>The word's classes (finest first), or null when it is not in the vocabulary.</summary>
    public int[]? Of(string lowerCasedWord) => classes.GetValueOrDefault(lowerCasedWord);

    /// <summary>
    /// Clusters the lower-cased words seen at least <see cref="ClusterOptions.MinCount"/> times in
    /// <paramref name="sentences"/> (at most <see cref="ClusterOptions.MaxWords"/>, most frequent first; ties by
    /// ordinal order). Contexts are the words either side (rarer words share one context, sentence ends have their own).
    /// </summary>
    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, ClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        var lowered = sentences.Select(s => s.Select(w => w.ToLowerInvariant()).ToArray()).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in lowered)
            foreach (var w in s) frequency[w] = frequency.GetValueOrDefault(w) + 1;
        var vocabulary = frequency.Where(p => p.Value >= options.MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxWords).Select(p => p.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++) index[vocabulary[i]] = i;
        // Context ids: left neighbour = id, right neighbour = side + id; id V is "rare word", V + 1 the sentence end.
        var side = vocabulary.Count + 2;
        var contexts = new SortedDictionary<int, int>[vocabulary.Count];
        for (var i = 0; i < contexts.Length; i++) contexts[i] = [];
        foreach (var s in lowered)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out var w)) continue;
                var left = i == 0 ? side - 1 : index.GetValueOrDefault(s[i - 1], side - 2);
                var right = side + (i == s.Length - 1 ? side - 1 : index.GetValueOrDefault(s[i + 1], side - 2));
                contexts[w][left] = contexts[w].GetValueOrDefault(left) + 1;
                contexts[w][right] = contexts[w].GetValueOrDefault(right) + 1;
            }
        }
        var items = contexts.Select(c => c.Select(p => (p.Key, p.Value)).ToArray()).ToList();
        var perLevel = new List<int[]>();
        var current = items;
        int[]? previous = null;
        foreach (var k in options.Classes)
        {
            var assignment = ExchangeClustering.Cluster(current, 2 * side, Math.Min(k, Math.Max(1, current.Count)), options.Passes);
            // Map back to words through the finer levels.
            var wordClass = previous is null ? assignment : [.. previous.Select(c => assignment[c])];
            perLevel.Add(wordClass);
            current = [.. ExchangeClustering.ClassContexts(current, assignment, Math.Min(k, Math.Max(1, current.Count)))];
            previous = wordClass;
        }
        var levels = Enumerable.Range(0, vocabulary.Count).Select(w => perLevel.Select(l => l[w]).ToArray()).ToList();
        return new WordClusters(vocabulary, levels);
    }

    public string ToTsv()
    {
        var sb = new StringBuilder();
        sb.Append("# word classes (finest first) from GraphBuilder's exchange clustering; see docs/nlp.md\n");
        for (var i = 0; i < Words.Count; i++)
        {
            sb.Append(Words[i]);
            foreach (var c in classes[Words[i]]) sb.Append('\t').Append(c.ToString(CultureInfo.InvariantCulture));
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Reads <see cref="ToTsv"/>'s format; a malformed line throws <see cref="FormatException"/> naming the file and line.</summary>
    public static WordClusters Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var words = new List<string>();
        var levels = new List<int[]>();
        foreach (var (number, fields) in WordTsv.Lines(path))
        {
            var values = new int[fields.Length - 1];
            for (var i = 1; i < fields.Length; i++)
                if (!int.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out values[i - 1]))
                    throw new FormatException($"{path}:{number}: class '{fields[i]}' is not a number");
            if (fields[0].Length == 0 || values.Length == 0 || (levels.Count > 0 && values.Length != levels[0].Length))
                throw new FormatException($"{path}:{number}: expected 'word<TAB>class...' with the same number of classes on every line");
            words.Add(fields[0]);
            levels.Add(values);
        }
        return new WordClusters(words, levels);
    }
}

/// <summary>How <see cref="WordClusters.Build"/> clusters: vocabulary limits, classes per level (finest first), exchange passes.</summary>
public sealed record ClusterOptions
{
    public int MinCount { get; init; } = 2;
    public int MaxWords { get; init; } = 30000;
    public IReadOnlyList<int> Classes { get; init; } = [256, 64, 16];
    public int Passes { get; init; } = 15;
}
