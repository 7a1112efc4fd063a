namespace GraphBuilder.Nlp.Tagging;

/// <summary>
/// A trained averaged-perceptron tagger: quantised weights in a dense table of 2^<see cref="Bits"/> hashed feature
/// rows, one 16-bit weight per tag. Immutable once built; safe to share between threads.
/// </summary>
public sealed class TaggerModel
{
    public TaggerModel(TagSet tags, int bits, short[] weights, string description)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(description);
        if (bits is < 8 or > 24) throw new ArgumentOutOfRangeException(nameof(bits), bits, "feature table bits must be 8..24");
        if (weights.Length != (1 << bits) * tags.Count) throw new ArgumentException($"expected {(1 << bits) * tags.Count} weights, got {weights.Length}", nameof(weights));
        Tags = tags;
        Bits = bits;
        Weights = weights;
        Description = description;
    }

    public TagSet Tags { get; }
    public int Bits { get; }

    /// <summary>Row-major [feature row * tag count + tag].</summary>
    internal short[] Weights { get; }

    /// <summary>What the model was trained from and how (shown by eval commands).</summary>
    public string Description { get; }

    public uint Mask => (1u << Bits) - 1;

    /// <summary>Reads the weight of <paramref name="tag"/> for feature row <paramref name="row"/>.</summary>
    public short Weight(int row, int tag) => Weights[row * Tags.Count + tag];
}
