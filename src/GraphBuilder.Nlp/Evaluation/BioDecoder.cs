namespace GraphBuilder.Nlp.Evaluation;

/// <summary>
/// Turns IOB/BIO tags into entity spans the way CoNLL's conlleval does: an entity starts at B-X, or at I-X
/// after O or after a different type; it ends before O, B-*, or a tag of another type.
/// </summary>
public static class BioDecoder
{
    public static List<EntitySpan> Decode(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var (prefix, t) = Split(tags[i]);
            var begins = prefix == 'B' || (prefix == 'I' && !string.Equals(t, type, StringComparison.Ordinal));
            if (type is not null && (prefix == 'O' || begins))
            {
                spans.Add(new EntitySpan(start, i, type));
                type = null;
            }
            if (begins)
            {
                start = i;
                type = t;
            }
        }
        if (type is not null) spans.Add(new EntitySpan(start, tags.Count, type));
        return spans;
    }

    private static (char Prefix, string? Type) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' ? (tag[0], tag[2..]) : ('O', null);
}
