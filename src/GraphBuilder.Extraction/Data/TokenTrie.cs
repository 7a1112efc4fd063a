namespace GraphBuilder.Extraction.Data;

/// <summary>
/// A trie over folded sub-words. Built once from tokenised patterns; matching walks the trie
/// from a start position and reports the longest pattern found there (longest-match policy).
/// </summary>
public sealed class TokenTrie<T>
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> subWords, T value)
    {
        ArgumentNullException.ThrowIfNull(subWords);
        if (subWords.Count == 0) return;
        var node = _root;
        foreach (var word in subWords)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children.Add(word, next);
            }
            node = next;
        }
        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    /// <summary>
    /// The longest match starting at <paramref name="start"/> in <paramref name="words"/> whose values
    /// pass <paramref name="accept"/>; returns the number of sub-words matched (0 if none).
    /// </summary>
    public int LongestMatch(IReadOnlyList<string> words, int start, Func<T, int, bool> accept, out IReadOnlyList<T> values)
    {
        values = [];
        var node = _root;
        var best = 0;
        for (var i = start; i < words.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(words[i], out node)) break;
            if (node.Values is null) continue;
            var length = i - start + 1;
            List<T>? accepted = null;
            foreach (var v in node.Values)
            {
                if (accept(v, length)) (accepted ??= []).Add(v);
            }
            if (accepted is null) continue;
            best = length;
            values = accepted;
        }
        return best;
    }

    /// <summary>
    /// The longest match starting at <paramref name="start"/> in <paramref name="words"/> whose values pass
    /// <paramref name="accept"/> (given the state, the value and the exclusive end index of the match); returns
    /// the number of sub-words matched (0 if none). The state lets callers pass a static lambda: nothing is
    /// allocated unless a pattern matches.
    /// </summary>
    public int LongestMatch<TState>(ReadOnlySpan<string> words, int start, TState state, Func<TState, T, int, bool> accept, out IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(accept);
        values = [];
        var node = _root;
        var best = 0;
        for (var i = start; i < words.Length; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(words[i], out node)) break;
            if (node.Values is null) continue;
            List<T>? accepted = null;
            foreach (var v in node.Values)
            {
                if (accept(state, v, i + 1)) (accepted ??= []).Add(v);
            }
            if (accepted is null) continue;
            best = i - start + 1;
            values = accepted;
        }
        return best;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }
}
