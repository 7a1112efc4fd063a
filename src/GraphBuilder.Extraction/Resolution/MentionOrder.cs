using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Document order of mentions: by start, then end; earlier-listed mentions first on a tie.</summary>
public static class MentionOrder
{
    /// <summary>
    /// <paramref name="sorted"/> (already in document order) with <paramref name="added"/> merged in: the same list a
    /// stable sort of both would give, without re-sorting the whole document. Returns <paramref name="sorted"/> when
    /// nothing was added.
    /// </summary>
    public static IReadOnlyList<EntityMention> Merge(IReadOnlyList<EntityMention> sorted, List<EntityMention> added)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0) return sorted;
        var extra = added.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ToList();
        var result = new List<EntityMention>(sorted.Count + extra.Count);
        int i = 0, j = 0;
        while (i < sorted.Count || j < extra.Count)
        {
            var takeSorted = j == extra.Count || (i < sorted.Count && Compare(sorted[i], extra[j]) <= 0);
            result.Add(takeSorted ? sorted[i++] : extra[j++]);
        }
        return result;
    }

    private static int Compare(EntityMention a, EntityMention b)
    {
        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        return byStart != 0 ? byStart : a.Span.End.CompareTo(b.Span.End);
    }
}
