using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Token-level view of a document's mentions: which mentions start or end at a token and which
/// tokens they cover. Mentions with the same span (a "kedua negara" pair) form one group.
/// </summary>
public sealed class MentionLookup
{
    private readonly List<EntityMention>?[] _byStartToken;
    private readonly List<EntityMention>?[] _byEndToken;
    private readonly int[] _cover;

    public MentionLookup(Document document, IEnumerable<EntityMention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        _cover = new int[document.Tokens.Length];
        _byStartToken = new List<EntityMention>?[document.Tokens.Length];
        _byEndToken = new List<EntityMention>?[document.Tokens.Length];
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

    public IReadOnlyList<EntityMention> StartingAt(int token) => At(_byStartToken, token);

    public IReadOnlyList<EntityMention> EndingAt(int token) => At(_byEndToken, token);

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

    private static IReadOnlyList<EntityMention> At(List<EntityMention>?[] map, int token) =>
        (uint)token < (uint)map.Length && map[token] is { } list ? list : [];

    private static void Add(List<EntityMention>?[] map, int token, EntityMention m) => (map[token] ??= []).Add(m);
}
