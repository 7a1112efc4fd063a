namespace GraphBuilder.Rdf.Terms;

/// <summary>The single check behind <see cref="Iri.Create"/>.</summary>
public static class IriValidator
{
    /// <summary>Null when <paramref name="value"/> is a valid absolute IRI; otherwise why not.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var colon = value.IndexOf(':');
        if (colon <= 0) return "no scheme (it must be absolute)";
        if (!IsAsciiLetter(value[0])) return "the scheme must start with a letter";
        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!(IsAsciiLetter(c) || char.IsAsciiDigit(c) || c is '+' or '-' or '.')) return $"character '{c}' is not allowed in a scheme";
        }
        for (var i = colon + 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c <= ' ' || c is '\u007F' or '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                return $"character U+{(int)c:X4} at {i} is not allowed";
            if (c is >= '\u0080' and <= '\u009F') return $"control character U+{(int)c:X4} at {i}";
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return $"lone surrogate at {i}";
                i++;
            }
            else if (char.IsLowSurrogate(c)) return $"lone surrogate at {i}";
            else if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2]))
                    return $"malformed percent escape at {i}";
            }
        }
        return null;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
