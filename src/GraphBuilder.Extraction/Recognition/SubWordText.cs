using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// The folded sub-words of a whole document (each token split at inner hyphens, as <see cref="NameKey.SplitWord"/>
/// does), with the token each sub-word belongs to. Built once per document and shared by the components that
/// match tries (gazetteer, titles, anaphoric phrases); callers must not modify the arrays.
/// </summary>
public sealed class SubWordText
{
    private static readonly ConditionalWeakTable<Token[], SubWordText> Cache = new();

    private SubWordText(string[] words, int[] owner, int[] firstOf)
    {
        Words = words;
        Owner = owner;
        FirstOf = firstOf;
    }

    /// <summary>Every sub-word of the document, in order.</summary>
    public string[] Words { get; }

    /// <summary>The token index of each sub-word.</summary>
    public int[] Owner { get; }

    /// <summary>The index of the first sub-word of each token; one extra entry holds the total count.</summary>
    public int[] FirstOf { get; }

    /// <summary>The sub-words of <paramref name="document"/>, computed once per token array.</summary>
    public static SubWordText Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ImmutableCollectionsMarshal.AsArray(document.Tokens) ?? [];
        return Cache.TryGetValue(tokens, out var text) ? text : Cache.GetValue(tokens, _ => Build(FoldedText.Tokens(document)));
    }

    /// <summary>True if sub-word <paramref name="index"/> is the first of its token.</summary>
    public bool StartsToken(int index) => index == 0 || Owner[index - 1] != Owner[index];

    /// <summary>True if sub-word <paramref name="index"/> is the last of its token.</summary>
    public bool EndsToken(int index) => index + 1 == Words.Length || Owner[index + 1] != Owner[index];

    private static SubWordText Build(string[] folded)
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
        var words = new string[count];
        var owner = new int[count];
        var firstOf = new int[folded.Length + 1];
        var i = 0;
        for (var t = 0; t < folded.Length; t++)
        {
            firstOf[t] = i;
            if (parts[t] is not { } split)
            {
                words[i] = folded[t];
                owner[i++] = t;
                continue;
            }
            foreach (var part in split)
            {
                words[i] = part;
                owner[i++] = t;
            }
        }
        firstOf[folded.Length] = i;
        return new SubWordText(words, owner, firstOf);
    }
}
