namespace GraphBuilder.Nlp.Features;

/// <summary>
/// A word's shape with runs collapsed: "Jakarta" -> "Xx", "PBB" -> "X", "2024" -> "d", "Jong-un" -> "Xx-x",
/// "U.S." -> "X.X.". At most <see cref="MaxLength"/> classes are kept.
/// </summary>
public static class WordShape
{
    public const int MaxLength = 6;

    public static char Class(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;

    public static string Of(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var n = 0;
        foreach (var c in word)
        {
            var k = Class(c);
            if (n > 0 && buffer[n - 1] == k) continue;
            if (n == MaxLength) break;
            buffer[n++] = k;
        }
        return new string(buffer[..n]);
    }

    /// <summary>Hash of <see cref="Of"/> without building the string.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        var last = '\0';
        var n = 0;
        foreach (var c in word)
        {
            var k = Class(c);
            if (n > 0 && last == k) continue;
            if (n == MaxLength) break;
            h = (h ^ k) * 16777619;
            last = k;
            n++;
        }
        return h;
    }

    /// <summary>True when the word has an upper-case letter.</summary>
    public static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsUpper(c)) return true;
        return false;
    }
}
