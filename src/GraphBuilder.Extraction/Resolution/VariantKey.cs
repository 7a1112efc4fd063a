using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>A name prepared once for comparison with many clusters: its compact key and (for longer names) its first folded sub-word.</summary>
public readonly record struct VariantKey(string Compact, string? FirstPart)
{
    /// <summary>Only names of 6+ letters are compared fuzzily, so only they need their first part.</summary>
    public static VariantKey Of(string form)
    {
        var compact = NameKey.Compact(form);
        return new VariantKey(compact, compact.Length < 6 ? null : NameKey.SubWords(form).FirstOrDefault());
    }
}
