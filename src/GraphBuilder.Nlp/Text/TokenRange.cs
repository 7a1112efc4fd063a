namespace GraphBuilder.Nlp.Text;

/// <summary>One token of a sentence: a character range in the text the tagger reads.</summary>
public readonly record struct TokenRange(int Start, int Length)
{
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);
}
