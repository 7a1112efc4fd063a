using GraphBuilder.Core.Documents;
using GraphBuilder.Nlp.Text;

namespace GraphBuilder.Extraction.Statistical;

/// <summary>A document sentence as the tagger reads it: the document text and the sentence's token ranges (no copying).</summary>
internal static class SentenceTokens
{
    public static SentenceText Of(Document document, Sentence sentence)
    {
        var tokens = document.SentenceTokens(sentence.Index);
        var ranges = new TokenRange[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) ranges[i] = new TokenRange(tokens[i].Start, tokens[i].Span.Length);
        return new SentenceText(document.Text, ranges);
    }
}
