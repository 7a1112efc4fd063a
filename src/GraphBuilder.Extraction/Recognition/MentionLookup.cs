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
        var tokenAtStart = new Dictionary<int, int>();
        var tokenAtEnd = new Dictionary<int, int>();
        for (var i = 0; i < document.Tokens.Length; i++)
        {
            tokenAtStart[document.Tokens[i].Start] = i;
            tokenAtEnd[document.Tokens[i].End] = i;
        }
        _cover = new int[document.Tokens.Length];
        foreach (var m in mentions ?? document.Mentions)
        {
            if (!tokenAtStart.TryGetValue(m.Span.Start, out var first) || !tokenAtEnd.TryGetValue(m.Span.End, out var last)) continue;
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

    private static void Add(Dictionary<int, List<EntityMention>> map, int key, EntityMention m)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(m);
    }
}
