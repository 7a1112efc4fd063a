namespace GraphBuilder.Nlp.Features;

/// <summary>The per-token hashes every feature template is built from (computed once per token).</summary>
public struct TokenFeatures
{
    public uint Lower;
    public uint Exact;
    public uint Shape;
    public uint Prefix1, Prefix2, Prefix3;
    public uint Suffix1, Suffix2, Suffix3, Suffix4;

    /// <summary>The word's distributional classes (+ 1; 0 = not in the lexicon), case class and name-list bits (<see cref="WordLexicon"/>).</summary>
    public uint Fine, Mid, Coarse, Case, Names;

    /// <summary>The padding token before the first and after the last word.</summary>
    public static TokenFeatures Boundary(uint marker) => new()
    {
        Lower = marker, Exact = marker, Shape = marker,
        Prefix1 = marker, Prefix2 = marker, Prefix3 = marker,
        Suffix1 = marker, Suffix2 = marker, Suffix3 = marker, Suffix4 = marker,
        Fine = marker, Mid = marker, Coarse = marker, Case = marker, Names = 0,
    };

    public static TokenFeatures Of(ReadOnlySpan<char> word, WordLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var f = new TokenFeatures
        {
            Lower = FeatureHash.Of(word, lower: true),
            Exact = FeatureHash.Of(word, lower: false),
            Shape = WordShape.Hash(word),
        };
        f.Prefix1 = Affix(word, 1, prefix: true, f.Lower);
        f.Prefix2 = Affix(word, 2, prefix: true, f.Lower);
        f.Prefix3 = Affix(word, 3, prefix: true, f.Lower);
        f.Suffix1 = Affix(word, 1, prefix: false, f.Lower);
        f.Suffix2 = Affix(word, 2, prefix: false, f.Lower);
        f.Suffix3 = Affix(word, 3, prefix: false, f.Lower);
        f.Suffix4 = Affix(word, 4, prefix: false, f.Lower);
        if (lexicon.Find(word) is var entry and >= 0)
        {
            var v = lexicon.Values(entry);
            f.Fine = v[0];
            f.Mid = v[1];
            f.Coarse = v[2];
            f.Case = v[3];
            f.Names = v[4];
        }
        return f;
    }

    // A word no longer than the affix uses its whole lower-cased form, as the affix would.
    private static uint Affix(ReadOnlySpan<char> word, int length, bool prefix, uint whole) =>
        word.Length <= length ? whole : FeatureHash.Of(prefix ? word[..length] : word[^length..], lower: true);
}
