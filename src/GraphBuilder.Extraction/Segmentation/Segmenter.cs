using System.Collections.Frozen;
using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Segmentation;

/// <summary>
/// Splits the text into tokens and sentences. A line break always ends a sentence (headlines,
/// datelines, paragraphs); so does ".", "!" or "?" before a capital, a quote or a digit, unless the
/// word before is a known abbreviation or a single initial.
/// A run-on "sentence" is cut every <see cref="MaxSentenceTokens"/> tokens (with a warning), which keeps
/// every later per-sentence step linear in the article's length.
/// </summary>
public sealed class Segmenter(FrozenSet<string> abbreviations) : IDocumentComponent
{
    /// <summary>Longest sentence kept whole; real news sentences are far shorter.</summary>
    public const int MaxSentenceTokens = 300;

    public string Name => "segmenter";

    public DocumentLayers Requires => DocumentLayers.Text;

    public DocumentLayers Assigns => DocumentLayers.Tokens;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var raw = Tokenizer.Tokenize(text);
        var tokens = ImmutableArray.CreateBuilder<Token>(raw.Count);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var first = 0;
        var cut = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            if (i > first && NewlineBetween(text, raw[i - 1].Span.End, raw[i].Span.Start)) Close(i);
            else if (i - first >= MaxSentenceTokens) { Close(i); cut++; }
            tokens.Add(new Token(raw[i].Span, raw[i].Kind, sentences.Count));
            if (EndsSentence(text, raw, i))
            {
                var end = i + 1;
                while (end < raw.Count && IsClosingQuote(text[raw[end].Span.Start]) && !NewlineBetween(text, raw[end - 1].Span.End, raw[end].Span.Start))
                {
                    tokens.Add(new Token(raw[end].Span, raw[end].Kind, sentences.Count));
                    end++;
                }
                i = end - 1;
                Close(end);
            }
        }
        Close(raw.Count);
        // Every raw token was added once, so the builder is full and hands over its array without a copy.
        var warnings = cut == 0 ? document.Warnings
            : document.Warnings.Add($"{cut:N0} run-on sentence part(s) cut at {MaxSentenceTokens} tokens; relations across the cuts are not found");
        return document with { Tokens = tokens.MoveToImmutable(), Sentences = sentences.ToImmutable(), Warnings = warnings };

        void Close(int end)
        {
            if (end <= first) return;
            var span = new TextSpan(raw[first].Span.Start, raw[end - 1].Span.End);
            sentences.Add(new Sentence(sentences.Count, span, first, end - first));
            // Tokens already added carry the index of the sentence being closed.
            first = end;
        }
    }

    private bool EndsSentence(string text, List<(TextSpan Span, TokenKind Kind)> raw, int i)
    {
        var c = text[raw[i].Span.Start];
        if (raw[i].Span.Length != 1 || c is not ('.' or '!' or '?')) return false;
        var next = i + 1;
        while (next < raw.Count && IsClosingQuote(text[raw[next].Span.Start])) next++;
        if (next >= raw.Count) return false;
        if (raw[next].Span.Start == raw[i].Span.End && !IsClosingQuote(text[raw[i + 1 < raw.Count ? i + 1 : i].Span.Start])) return false;
        var n = text[raw[next].Span.Start];
        if (!(char.IsUpper(n) || char.IsDigit(n) || IsOpeningQuote(n))) return false;
        if (c != '.' || i == 0) return true;
        var before = raw[i - 1];
        if (before.Span.End != raw[i].Span.Start) return true;
        var word = text.AsSpan(before.Span.Start, before.Span.Length);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return !abbreviations.Contains(NameKey.Fold(word));
    }

    private static bool NewlineBetween(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool IsClosingQuote(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')' or '\u00BB';

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '\u00AB';
}
