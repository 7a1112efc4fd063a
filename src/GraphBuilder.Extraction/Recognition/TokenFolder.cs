using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Folds every token once (<see cref="NameKey.Fold"/>: lower case, no diacritics) into <see cref="Document.FoldedTokens"/>
/// and splits the folded tokens at inner hyphens (as <see cref="NameKey.SplitWord"/> does) into
/// <see cref="Document.SubWords"/>, the layer the trie matchers walk.
/// </summary>
public sealed class TokenFolder : IDocumentComponent
{
    public string Name => "token-folder";

    public DocumentLayers Requires => DocumentLayers.Tokens;

    public DocumentLayers Assigns => DocumentLayers.FoldedTokens | DocumentLayers.SubWords;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var folded = Fold(document);
        return document with { FoldedTokens = folded, SubWords = Split(folded) };
    }

    public static ImmutableArray<string> Fold(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new string[document.Tokens.Length];
        for (var i = 0; i < words.Length; i++) words[i] = NameKey.Fold(document.Tokens[i].Slice(document.Text));
        return ImmutableArray.Create(words);
    }

    /// <summary>The sub-words of the folded tokens, with the token each belongs to.</summary>
    public static SubWords Split(ImmutableArray<string> folded)
    {
        var parts = new string[]?[folded.Length];
        var count = 0;
        for (var t = 0; t < folded.Length; t++)
        {
            var word = folded[t];
            var split = word.Length > 1 && word.Contains('-') ? word.Split('-', StringSplitOptions.RemoveEmptyEntries) : null;
            parts[t] = split is { Length: > 0 } ? split : null;
            count += parts[t]?.Length ?? 1;
        }
        var words = ImmutableArray.CreateBuilder<string>(count);
        var owner = ImmutableArray.CreateBuilder<int>(count);
        var firstOf = ImmutableArray.CreateBuilder<int>(folded.Length + 1);
        for (var t = 0; t < folded.Length; t++)
        {
            firstOf.Add(words.Count);
            if (parts[t] is not { } split)
            {
                words.Add(folded[t]);
                owner.Add(t);
                continue;
            }
            foreach (var part in split)
            {
                words.Add(part);
                owner.Add(t);
            }
        }
        firstOf.Add(words.Count);
        return new SubWords(words.MoveToImmutable(), owner.MoveToImmutable(), firstOf.MoveToImmutable());
    }
}
