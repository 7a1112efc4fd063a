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
        if (!word.ContainsAnyExceptInRange((char)0, (char)127))
        {
            // ASCII fast path: nothing to decompose.
            if (!word.ContainsAnyInRange('A', 'Z')) return new string(word);
            Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
            for (var i = 0; i < word.Length; i++) buffer[i] = char.ToLowerInvariant(word[i]);
            return new string(buffer);
        }
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

    /// <summary>
    /// The trie key of a phrase: the folded sub-words of the tokens the document tokenizer makes of it, so a key
    /// matches the running text exactly ("People's" is "people" + "'s", "John F. Kerry" keeps the initial's dot).
    /// </summary>
    public static List<string> TokenKeys(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var parts = new List<string>();
        foreach (var (span, _) in Segmentation.Tokenizer.Tokenize(phrase))
        {
            foreach (var piece in SplitWord(phrase.AsSpan(span.Start, span.Length))) parts.Add(piece);
        }
        // "Ferdinand Marcos Jr.": a final abbreviation dot may be the sentence's full stop in running text.
        if (parts.Count > 1 && parts[^1] == ".") parts.RemoveAt(parts.Count - 1);
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
