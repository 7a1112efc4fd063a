using System.Globalization;
using System.Text;

namespace GraphBuilder.Extraction.Data;

/// <summary>
/// Turns names and tokens into matching keys: lower-case sub-words with diacritics removed,
/// split at hyphens and apostrophes, so "Kim Jong-un" and "Kim Jong Un" share a key.
/// </summary>
public static class NameKey
{
    /// <summary>Lower-case, diacritic-free form of a word.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        if (!System.Text.Ascii.IsValid(word)) return FoldUnicode(word);
        // Hot path: ASCII needs no decomposition, only lower-casing.
        return string.Create(word.Length, word, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++) dest[i] = (char)(src[i] is >= 'A' and <= 'Z' ? src[i] + 32 : src[i]);
        });
    }

    private static string FoldUnicode(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The folded sub-words of a phrase: split at spaces, hyphens and dots; apostrophe-s kept as "'s".</summary>
    public static List<string> SubWords(string phrase)
    {
        var parts = new List<string>();
        foreach (var word in phrase.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var piece in SplitWord(word)) parts.Add(piece);
        }
        return parts;
    }

    /// <summary>Splits one token into folded sub-words at inner hyphens.</summary>
    public static string[] SplitWord(ReadOnlySpan<char> token)
    {
        var folded = Fold(token);
        if (folded.Length > 1 && folded.Contains('-'))
        {
            var parts = folded.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0) return parts;
        }
        return [folded];
    }

    /// <summary>A compact key for fuzzy comparison of person names: letters only.</summary>
    public static string Compact(string name)
    {
        var folded = Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded) if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }
}
