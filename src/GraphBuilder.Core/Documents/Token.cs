namespace GraphBuilder.Core.Documents;

/// <summary>Coarse shape of a token, enough for rule-based recognition.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token: a character span in the document text plus its kind and sentence.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, int SentenceIndex)
{
    public int Start => Span.Start;
    public int End => Span.End;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Slice(string text) => Span.Slice(text);
}
