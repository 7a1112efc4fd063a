namespace GraphBuilder.Core.Documents;

/// <summary>A sentence: its index in the document, its character span, and its token range.</summary>
public readonly record struct Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount)
{
    public string Text(string documentText) => documentText.Substring(Span.Start, Span.Length);
}
