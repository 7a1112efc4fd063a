namespace GraphBuilder.Nlp.Features;

/// <summary>
/// Fixed, platform-independent 32-bit hashes for features (FNV-1a over UTF-16 code units, then a
/// murmur-style finaliser). string.GetHashCode is randomised per process and must never be used here.
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>Hash of <paramref name="s"/>, lower-cased when <paramref name="lower"/>.</summary>
    public static uint Of(ReadOnlySpan<char> s, bool lower)
    {
        var h = Offset;
        foreach (var c in s)
        {
            var ch = lower ? char.ToLowerInvariant(c) : c;
            h = (h ^ ch) * Prime;
        }
        return h;
    }

    /// <summary>Combines a feature template number with a value hash.</summary>
    public static uint Combine(uint template, uint value) => Finish((value ^ (template * 0x9E3779B1u)) + template);

    public static uint Combine(uint template, uint a, uint b) => Combine(template, Finish(a * 31 + b));

    public static uint Combine(uint template, uint a, uint b, uint c) => Combine(template, Finish(Finish(a * 31 + b) * 31 + c));

    public static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}
