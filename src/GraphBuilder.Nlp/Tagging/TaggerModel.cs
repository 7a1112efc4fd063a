using GraphBuilder.Nlp.Features;

namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// A trained averaged-perceptron tagger: quantised weights in a dense table of 2^<see cref="Bits"/> hashed feature
/// rows, one 16-bit weight per tag (the constructor takes them unpadded, tag count per row). Immutable once built; safe to share between threads.
/// </summary>
public sealed class TaggerModel
{
    public TaggerModel(TagSet tags, int bits, short[] weights, string description, WordLexicon? lexicon = null, int beamWidth = 1)
    {
        if (beamWidth is < 1 or > Tagger.MaxBeam) throw new ArgumentOutOfRangeException(nameof(beamWidth), beamWidth, $"beam width must be 1..{Tagger.MaxBeam}");
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(description);
        if (bits is < 8 or > 24) throw new ArgumentOutOfRangeException(nameof(bits), bits, "feature table bits must be 8..24");
        if (weights.Length != (1 << bits) * tags.Count) throw new ArgumentException($"expected {(1 << bits) * tags.Count} weights, got {weights.Length}", nameof(weights));
        Tags = tags;
        Bits = bits;
        Description = description;
        Lexicon = lexicon ?? WordLexicon.Empty;
        BeamWidth = beamWidth;
        Stride = (tags.Count + 7) / 8 * 8;
        Weights = new short[(1 << bits) * Stride];
        for (var row = 0; row < 1 << bits; row++)
            weights.AsSpan(row * tags.Count, tags.Count).CopyTo(Weights.AsSpan(row * Stride));
    }

    public TagSet Tags { get; }

    /// <summary>The word classes the model's features were trained with (empty for a model without clusters or name lists).</summary>
    public WordLexicon Lexicon { get; }

    /// <summary>How many tag sequences <see cref="Tagger"/> keeps (1 = greedy); the width the model was trained with.</summary>
    public int BeamWidth { get; }
    public int Bits { get; }

    /// <summary>Row-major [feature row * <see cref="Stride"/> + tag]; rows are padded to whole 8-lane vectors.</summary>
    internal short[] Weights { get; }

    /// <summary>Weights per row in memory: the tag count rounded up to a multiple of 8 (one SIMD load per 8 tags).</summary>
    internal int Stride { get; }

    /// <summary>What the model was trained from and how (shown by eval commands).</summary>
    public string Description { get; }

    public uint Mask => (1u << Bits) - 1;

    /// <summary>Reads the weight of <paramref name="tag"/> for feature row <paramref name="row"/>.</summary>
    public short Weight(int row, int tag) => Weights[row * Stride + tag];

    /// <summary>True when every tag's weight in the row is zero (such rows are not stored in the file).</summary>
    public bool RowIsZero(int row) => !Weights.AsSpan(row * Stride, Tags.Count).ContainsAnyExcept((short)0);
}
