using GraphBuilder.Nlp.Clustering;

namespace GraphBuilder.Nlp.Features;

/// <summary>
/// What the tagger knows about a word beyond its spelling, looked up by its lower-cased form: its distributional
/// classes (<see cref="WordClusters"/>, fine, mid and coarse), how it is written in cased text
/// (<see cref="CaseProfile"/>) and which name lists it occurs in (a bit per list for
/// the first word of a listed phrase, another for a later word). Built at training time and stored inside the model
/// file, so a model always carries the lexicon it was trained with. Immutable; safe to share between threads.
/// </summary>
public sealed class WordLexicon
{
    /// <summary>Values per word: fine, mid and coarse class (each + 1, 0 = none), case class (0 = unknown) and the name-list bits.</summary>
    public const int Slots = 5;

    /// <summary>Longest word looked up (longer words have no entry).</summary>
    public const int MaxWordLength = 64;

    private readonly Dictionary<string, int> index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly uint[] values;

    public WordLexicon(IReadOnlyList<string> words, uint[] values, IReadOnlyList<string> nameLists)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(nameLists);
        if (values.Length != words.Count * Slots) throw new ArgumentException($"expected {words.Count * Slots} values, got {values.Length}", nameof(values));
        if (nameLists.Count > 16) throw new ArgumentException($"at most 16 name lists, got {nameLists.Count}", nameof(nameLists));
        index = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length == 0 || w.Length > MaxWordLength || !string.Equals(w, w.ToLowerInvariant(), StringComparison.Ordinal))
                throw new ArgumentException($"lexicon word '{w}' must be non-empty, lower-case and at most {MaxWordLength} characters", nameof(words));
            if (!index.TryAdd(w, i)) throw new ArgumentException($"lexicon word '{w}' is listed twice", nameof(words));
        }
        lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        Words = words;
        this.values = values;
        NameLists = nameLists;
    }

    public static WordLexicon Empty { get; } = new([], [], []);

    /// <summary>Words in stored order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Names of the name lists, in bit order.</summary>
    public IReadOnlyList<string> NameLists { get; }

    public int Count => Words.Count;

    /// <summary>The <see cref="Slots"/> values of word <paramref name="i"/> in stored order.</summary>
    public ReadOnlySpan<uint> Values(int i) => values.AsSpan(i * Slots, Slots);

    /// <summary>Index of the word (any case), or -1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (index.Count == 0 || word.Length > MaxWordLength) return -1;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lookup.TryGetValue(lower, out var i) ? i : -1;
    }

    /// <summary>
    /// The lexicon of a model: the clusters' vocabulary (first, in their order), then the other words of the case
    /// profile and of the name phrases (in ordinal order). <paramref name="names"/> gives (list, phrase) pairs; lists get bits in the order
    /// they first appear. Phrases are split at spaces and lower-cased.
    /// </summary>
    public static WordLexicon Build(WordClusters? clusters, CaseProfile? casing, IEnumerable<(string List, string Phrase)>? names)
    {
        var words = new List<string>();
        var slots = new Dictionary<string, uint[]>(StringComparer.Ordinal);
        if (clusters is not null)
        {
            foreach (var w in clusters.Words)
            {
                if (w.Length > MaxWordLength) continue;
                var c = clusters.Of(w)!;
                var v = new uint[Slots];
                for (var l = 0; l < Math.Min(3, c.Length); l++) v[l] = (uint)c[l] + 1;
                words.Add(w);
                slots[w] = v;
            }
        }
        var lists = new List<string>();
        var extra = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var w in casing?.Words ?? [])
        {
            if (w.Length > MaxWordLength) continue;
            if (!slots.TryGetValue(w, out var v)) { v = new uint[Slots]; slots[w] = v; extra.Add(w); }
            v[3] = (uint)casing!.Of(w);
        }
        foreach (var (list, phrase) in names ?? [])
        {
            var bit = lists.IndexOf(list);
            if (bit < 0) { bit = lists.Count; lists.Add(list); }
            if (bit >= 16) throw new ArgumentException($"at most 16 name lists ('{list}' is the 17th)", nameof(names));
            var parts = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var p = 0; p < parts.Length; p++)
            {
                var w = parts[p];
                if (w.Length > MaxWordLength) continue;
                if (!slots.TryGetValue(w, out var v)) { v = new uint[Slots]; slots[w] = v; extra.Add(w); }
                v[4] |= 1u << (2 * bit + (p == 0 ? 0 : 1));
            }
        }
        words.AddRange(extra);
        return new WordLexicon(words, [.. words.SelectMany(w => slots[w])], lists);
    }
}
