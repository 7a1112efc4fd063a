namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// The tags a model predicts, in a fixed order. When every tag is O, B-X or I-X the set is a BIO scheme and
/// decoding never puts I-X after anything but B-X or I-X.
/// </summary>
public sealed class TagSet
{
    private readonly bool[] allowed; // [(prev + 1) * Count + tag], prev = -1 at the sentence start

    public TagSet(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count is 0 or > 255) throw new ArgumentException($"a tag set needs 1..255 tags, got {names.Count}", nameof(names));
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count) throw new ArgumentException("tag names must be distinct", nameof(names));
        Names = [.. names];
        IsBio = Names.All(n => n == "O" || (n.Length > 2 && n[1] == '-' && n[0] is 'B' or 'I'));
        allowed = new bool[(Count + 1) * Count];
        for (var prev = -1; prev < Count; prev++)
            for (var tag = 0; tag < Count; tag++)
                allowed[(prev + 1) * Count + tag] = !IsBio || Follows(prev < 0 ? null : Names[prev], Names[tag]);
    }

    public string[] Names { get; }
    public int Count => Names.Length;
    public bool IsBio { get; }

    public bool Allowed(int prev, int tag) => allowed[(prev + 1) * Count + tag];

    public int IndexOf(string name)
    {
        var i = Array.IndexOf(Names, name);
        if (i < 0) throw new KeyNotFoundException($"tag '{name}' is not in the tag set");
        return i;
    }

    /// <summary>Tags sorted ordinally, from a corpus (O first for BIO sets).</summary>
    public static TagSet From(IEnumerable<string> tags) =>
        new([.. tags.Distinct(StringComparer.Ordinal).OrderBy(t => t == "O" ? 0 : 1).ThenBy(t => t, StringComparer.Ordinal)]);

    private static bool Follows(string? prev, string tag) =>
        !tag.StartsWith("I-", StringComparison.Ordinal)
        || (prev is not null && prev.Length > 2 && prev[1] == '-' && prev.AsSpan(2).SequenceEqual(tag.AsSpan(2)));
}
