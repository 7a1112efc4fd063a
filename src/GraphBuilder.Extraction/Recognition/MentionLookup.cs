using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Token-level view of a document's mentions: which mentions start or end at a token and which
/// tokens they cover. Mentions with the same span (a "kedua negara" pair) form one group.
/// </summary>
public sealed class MentionLookup
{
    private readonly Dictionary<int, List<EntityMention>> _byStartToken = [];
    private readonly Dictionary<int, List<EntityMention>> _byEndToken = [];
    private readonly int[] _cover;

    public MentionLookup(Document document, IEnumerable<EntityMention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        _cover = new int[document.Tokens.Length];
        foreach (var m in mentions ?? document.Mentions)
        {
            var first = TokenAt(document, m.Span.Start, start: true);
            var last = TokenAt(document, m.Span.End, start: false);
            if (first < 0 || last < first) continue;
            Add(_byStartToken, first, m);
            Add(_byEndToken, last, m);
            for (var t = first; t <= last; t++) _cover[t]++;
            TokenRange[m] = (first, last + 1);
        }
    }

    /// <summary>Token range [First, End) of each mention.</summary>
    public Dictionary<EntityMention, (int First, int End)> TokenRange { get; } = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<EntityMention> StartingAt(int token) => _byStartToken.GetValueOrDefault(token) ?? (IReadOnlyList<EntityMention>)[];

    public IReadOnlyList<EntityMention> EndingAt(int token) => _byEndToken.GetValueOrDefault(token) ?? (IReadOnlyList<EntityMention>)[];

    public bool IsCovered(int token) => token >= 0 && token < _cover.Length && _cover[token] > 0;

    /// <summary>Index of the token starting (or ending) exactly at <paramref name="offset"/>, or -1 (binary search).</summary>
    private static int TokenAt(Document document, int offset, bool start)
    {
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var value = start ? tokens[mid].Start : tokens[mid].End;
            if (value == offset) return mid;
            if (value < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    private static void Add(Dictionary<int, List<EntityMention>> map, int key, EntityMention m)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(m);
    }
}
