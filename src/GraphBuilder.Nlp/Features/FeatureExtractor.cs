using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Nlp.Features;

/// <summary>
/// The tagger's feature templates. <see cref="Prepare"/> hashes each token once; <see cref="Extract"/> then
/// writes the hashed features of one position: the word (lower-cased and exact), prefixes and suffixes, shape,
/// the neighbours' words, shapes and suffixes, word bigrams, sentence position, whether the sentence is cased
/// at all (lower-cased corpora such as NERP), the two previous tags, and the word lexicon's classes
/// (distributional clusters of the word and its neighbours, how it is written in cased text, name-list membership; <see cref="WordLexicon"/>).
/// </summary>
public static class FeatureExtractor
{
    /// <summary>Padding on each side of the prepared token array.</summary>
    public const int Pad = 2;

    /// <summary>Number of features <see cref="Extract"/> writes.</summary>
    public const int Count = 45;

    private const uint Bos = 0xB05B05u, Eos = 0xE05E05u;

    /// <summary>Hashes the sentence's tokens into <paramref name="buffer"/> (length >= count + 2*Pad); returns whether any word has a capital.</summary>
    public static bool Prepare(SentenceText sentence, WordLexicon lexicon, Span<TokenFeatures> buffer)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(lexicon);
        var n = sentence.Count;
        buffer[0] = buffer[1] = TokenFeatures.Boundary(Bos);
        buffer[n + Pad] = buffer[n + Pad + 1] = TokenFeatures.Boundary(Eos);
        var cased = false;
        for (var i = 0; i < n; i++)
        {
            var word = sentence.Tokens[i].Slice(sentence.Text);
            buffer[i + Pad] = TokenFeatures.Of(word, lexicon);
            cased |= WordShape.HasUpper(word);
        }
        return cased;
    }

    /// <summary>Features that do not depend on the previous tags (written first by <see cref="Extract"/>).</summary>
    public const int StaticCount = 39;

    /// <summary>Features built from the previous tags (written after the static ones).</summary>
    public const int TaggedCount = Count - StaticCount;

    /// <summary>Writes the <see cref="Count"/> features of word <paramref name="i"/> given the previous two tags (-1 = none): the static ones, then the tagged ones.</summary>
    public static void Extract(ReadOnlySpan<TokenFeatures> t, int n, int i, bool cased, int prev1, int prev2, Span<uint> output)
    {
        ExtractStatic(t, n, i, cased, output[..StaticCount]);
        ExtractTagged(t, i, prev1, prev2, output[StaticCount..]);
    }

    /// <summary>Writes the <see cref="StaticCount"/> features of word <paramref name="i"/> that do not depend on the previous tags.</summary>
    public static void ExtractStatic(ReadOnlySpan<TokenFeatures> t, int n, int i, bool cased, Span<uint> output)
    {
        ref readonly var w = ref t[i + Pad];
        ref readonly var p1 = ref t[i + Pad - 1];
        ref readonly var p2 = ref t[i + Pad - 2];
        ref readonly var n1 = ref t[i + Pad + 1];
        ref readonly var n2 = ref t[i + Pad + 2];
        var position = i == 0 ? 0u : i == 1 ? 1u : i == n - 1 ? 3u : 2u;
        output[0] = FeatureHash.Combine(1, 0);
        output[1] = FeatureHash.Combine(2, w.Lower);
        output[2] = FeatureHash.Combine(3, w.Exact);
        output[3] = FeatureHash.Combine(4, w.Prefix1);
        output[4] = FeatureHash.Combine(5, w.Prefix2);
        output[5] = FeatureHash.Combine(6, w.Prefix3);
        output[6] = FeatureHash.Combine(7, w.Suffix1);
        output[7] = FeatureHash.Combine(8, w.Suffix2);
        output[8] = FeatureHash.Combine(9, w.Suffix3);
        output[9] = FeatureHash.Combine(10, w.Suffix4);
        output[10] = FeatureHash.Combine(11, w.Shape);
        output[11] = FeatureHash.Combine(12, p1.Lower);
        output[12] = FeatureHash.Combine(13, n1.Lower);
        output[13] = FeatureHash.Combine(14, p2.Lower);
        output[14] = FeatureHash.Combine(15, n2.Lower);
        output[15] = FeatureHash.Combine(16, p1.Shape);
        output[16] = FeatureHash.Combine(17, n1.Shape);
        output[17] = FeatureHash.Combine(18, p1.Suffix3);
        output[18] = FeatureHash.Combine(19, n1.Suffix3);
        output[19] = FeatureHash.Combine(20, p1.Lower, w.Lower);
        output[20] = FeatureHash.Combine(21, w.Lower, n1.Lower);
        output[21] = FeatureHash.Combine(22, p1.Shape, w.Shape, n1.Shape);
        output[22] = FeatureHash.Combine(23, position, w.Shape);
        output[23] = FeatureHash.Combine(24, cased ? 1u : 0u, w.Shape);
        output[24] = FeatureHash.Combine(25, p1.Exact);
        output[25] = FeatureHash.Combine(30, w.Fine);
        output[26] = FeatureHash.Combine(31, w.Mid);
        output[27] = FeatureHash.Combine(32, w.Coarse);
        output[28] = FeatureHash.Combine(33, p1.Fine);
        output[29] = FeatureHash.Combine(34, n1.Fine);
        output[30] = FeatureHash.Combine(35, p1.Mid);
        output[31] = FeatureHash.Combine(36, n1.Mid);
        output[32] = FeatureHash.Combine(38, w.Mid, w.Shape);
        output[33] = FeatureHash.Combine(39, p1.Mid, w.Mid, n1.Mid);
        output[34] = FeatureHash.Combine(40, w.Names);
        output[35] = FeatureHash.Combine(41, p1.Names, w.Names, n1.Names);
        output[36] = FeatureHash.Combine(42, w.Names, w.Shape);
        output[37] = FeatureHash.Combine(43, cased ? 1u : 0u, w.Case, w.Shape);
        output[38] = FeatureHash.Combine(44, p1.Case, w.Case, n1.Case);
    }

    /// <summary>Writes the <see cref="TaggedCount"/> features of word <paramref name="i"/> built from the previous two tags (-1 = none).</summary>
    public static void ExtractTagged(ReadOnlySpan<TokenFeatures> t, int i, int prev1, int prev2, Span<uint> output)
    {
        ref readonly var w = ref t[i + Pad];
        var tag1 = (uint)(prev1 + 1);
        var tag2 = (uint)(prev2 + 1);
        output[0] = FeatureHash.Combine(26, tag1);
        output[1] = FeatureHash.Combine(27, tag1, tag2);
        output[2] = FeatureHash.Combine(28, tag1, w.Lower);
        output[3] = FeatureHash.Combine(29, tag1, w.Shape);
        output[4] = FeatureHash.Combine(37, tag1, w.Mid);
        output[5] = FeatureHash.Combine(45, tag1, w.Case);
    }
}
