namespace GraphBuilder.Core.Documents;

/// <summary>
/// Token-level view of a document's mentions: which mentions start or end at a token and which
/// tokens they cover. Mentions with the same span (a "kedua negara" pair) form one group.
/// </summary>
public sealed class MentionLookup
{
    private readonly Token[] _tokens;
    private readonly bool[] _covered;
    // Per token: 1 + the index in _groups of the mentions starting (ending) there, or 0 for none.
    private readonly int[] _startGroup;
    private readonly int[] _endGroup;
    private readonly EntityMention[][] _groups;

    public MentionLookup(Document document, IEnumerable<EntityMention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        _tokens = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(document.Tokens) ?? [];
        _covered = new bool[_tokens.Length];
        _startGroup = new int[_tokens.Length];
        _endGroup = new int[_tokens.Length];
        ReadOnlySpan<EntityMention> all;
        if (mentions is null) all = document.Mentions.AsSpan();
        else if (mentions is List<EntityMention> list) all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
        else all = mentions.ToArray();
        // Pass 1: token range of each mention, and how many mentions start (end) at each token, kept negative for now.
        var ranges = new (int First, int End)[all.Length];
        var groups = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (!TryGetRange(all[i], out var first, out var end)) { ranges[i] = (-1, -1); continue; }
            ranges[i] = (first, end);
            if (_startGroup[first]-- == 0) groups++;
            if (_endGroup[end - 1]-- == 0) groups++;
            _covered.AsSpan(first, end - first).Fill(true);
        }
        // Pass 2: one exactly sized group per token, filled in the original order.
        _groups = new EntityMention[groups][];
        var filled = new int[groups];
        var next = 0;
        for (var i = 0; i < all.Length; i++)
        {
            if (ranges[i].First < 0) continue;
            Place(_startGroup, ranges[i].First, all[i], filled, ref next);
            Place(_endGroup, ranges[i].End - 1, all[i], filled, ref next);
        }
    }

    public IReadOnlyList<EntityMention> StartingAt(int token) => At(_startGroup, token);

    public IReadOnlyList<EntityMention> EndingAt(int token) => At(_endGroup, token);

    public bool IsCovered(int token) => token >= 0 && token < _covered.Length && _covered[token];

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

    /// <summary>Puts a mention in its token's group, allocating the group (sized by the count) on first use.</summary>
    private void Place(int[] groupOf, int token, EntityMention m, int[] filled, ref int next)
    {
        if (groupOf[token] < 0)
        {
            _groups[next] = new EntityMention[-groupOf[token]];
            groupOf[token] = ++next;
        }
        var g = groupOf[token] - 1;
        _groups[g][filled[g]++] = m;
    }

    private IReadOnlyList<EntityMention> At(int[] groupOf, int token) =>
        (uint)token < (uint)groupOf.Length && groupOf[token] > 0 ? _groups[groupOf[token] - 1] : [];

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
