using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Segmentation;

/// <summary>
/// Splits text into word, number and punctuation tokens. Words keep inner hyphens ("Jong-un",
/// "negara-negara") and apostrophes ("O'Brien"); a possessive "'s" is its own token; "10.000" and
/// "U.S." stay whole.
/// </summary>
public static class Tokenizer
{
    public static List<(TextSpan Span, TokenKind Kind)> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<(TextSpan, TokenKind)>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i);
                var kind = IsNumber(text.AsSpan(i, end - i)) ? TokenKind.Number : TokenKind.Word;
                tokens.Add((new TextSpan(i, end), kind));
                i = end;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < text.Length && (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])) && i > 0 && char.IsLetter(text[i - 1]))
            {
                tokens.Add((new TextSpan(i, i + 2), TokenKind.Word));
                i += 2;
                continue;
            }
            var span = char.IsSurrogate(c) && i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]) ? 2 : 1;
            tokens.Add((new TextSpan(i, i + span), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            i += span;
        }
        return tokens;
    }

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) { i++; continue; }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '-' && char.IsLetterOrDigit(next)) { i++; continue; }
            if (IsApostrophe(c) && char.IsLetter(next) && !(next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))) { i++; continue; }
            if (c is '.' or ',' && char.IsDigit(next) && char.IsDigit(text[i - 1])) { i++; continue; }
            // Dotted acronyms: U.S. / U.N.
            if (c == '.' && IsDottedAcronym(text, start, i) && char.IsUpper(next) && i + 2 < text.Length && text[i + 2] == '.')
            {
                i += 2;
                if (i + 1 >= text.Length || !char.IsLetter(text[i + 1])) return i + 1;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>True if text[start..end) is "U" or "U.S": single capitals separated by dots.</summary>
    private static bool IsDottedAcronym(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var even = (k - start) % 2 == 0;
            if (even ? !char.IsUpper(text[k]) : text[k] != '.') return false;
        }
        return (end - start) % 2 == 1;
    }

    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsDigit(c) && c is not '.' and not ',') return false;
        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
