using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Token-level view of a document's mentions: which mentions start or end at a token and which
/// tokens they cover. Mentions with the same span (a "kedua negara" pair) form one group.
/// </summary>
public sealed class MentionLookup
{
    private readonly Token[] _tokens;
    private readonly EntityMention[]?[] _byStartToken;
    private readonly EntityMention[]?[] _byEndToken;
    private readonly int[] _cover;

    public MentionLookup(Document document, IEnumerable<EntityMention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        _tokens = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(document.Tokens) ?? [];
        _cover = new int[_tokens.Length];
        ReadOnlySpan<EntityMention> all;
        if (mentions is null) all = document.Mentions.AsSpan();
        else if (mentions is List<EntityMention> list) all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
        else all = mentions.ToArray();
        var startCount = new int[_tokens.Length];
        var endCount = new int[_tokens.Length];
        foreach (var m in all)
        {
            if (TryGetRange(m, out var first, out var end))
            {
                startCount[first]++;
                endCount[end - 1]++;
                for (var t = first; t < end; t++) _cover[t]++;
            }
        }
        _byStartToken = Group(all, startCount, start: true);
        _byEndToken = Group(all, endCount, start: false);
    }

    public IReadOnlyList<EntityMention> StartingAt(int token) => At(_byStartToken, token);

    public IReadOnlyList<EntityMention> EndingAt(int token) => At(_byEndToken, token);

    public bool IsCovered(int token) => token >= 0 && token < _cover.Length && _cover[token] > 0;

    /// <summary>Token range [First, End) of a mention; false if its span does not fall on token boundaries.</summary>
    public bool TryGetRange(EntityMention mention, out int first, out int end)
    {
        ArgumentNullException.ThrowIfNull(mention);
        first = TokenAt(mention.Span.Start, start: true);
        var last = TokenAt(mention.Span.End, start: false);
        end = last + 1;
        return first >= 0 && last >= first;
    }

    /// <summary>Token range [First, End) of a mention found through this lookup.</summary>
    public (int First, int End) TokenRange(EntityMention mention) =>
        TryGetRange(mention, out var first, out var end) ? (first, end) : throw new ArgumentException("The mention is not on token boundaries.", nameof(mention));

    /// <summary>The mentions grouped by first (or last) token, in their original order.</summary>
    private EntityMention[]?[] Group(ReadOnlySpan<EntityMention> all, int[] counts, bool start)
    {
        var map = new EntityMention[]?[counts.Length];
        foreach (var m in all)
        {
            if (!TryGetRange(m, out var first, out var end)) continue;
            var token = start ? first : end - 1;
            var slot = map[token] ??= new EntityMention[counts[token]];
            slot[slot.Length - counts[token]--] = m;
        }
        return map;
    }

    private static IReadOnlyList<EntityMention> At(EntityMention[]?[] map, int token) =>
        (uint)token < (uint)map.Length && map[token] is { } mentions ? mentions : [];

    /// <summary>Index of the token starting (or ending) exactly at <paramref name="offset"/>, or -1 (binary search).</summary>
    private int TokenAt(int offset, bool start)
    {
        int lo = 0, hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var value = start ? _tokens[mid].Start : _tokens[mid].End;
            if (value == offset) return mid;
            if (value < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
