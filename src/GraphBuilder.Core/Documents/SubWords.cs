using System.Collections.Immutable;

namespace GraphBuilder.Core.Documents;

/// <summary>
/// The folded sub-words of a whole document (each token split at inner hyphens), with the token each sub-word
/// belongs to: the layer the trie matchers (gazetteer, titles, anaphoric phrases) walk.
/// </summary>
public sealed class SubWords
{
    public SubWords(ImmutableArray<string> words, ImmutableArray<int> owner, ImmutableArray<int> firstOf)
    {
        if (words.IsDefault || owner.IsDefault || firstOf.IsDefault) throw new ArgumentException("Sub-word arrays must not be default.");
        if (owner.Length != words.Length) throw new ArgumentException($"{owner.Length} owners for {words.Length} sub-words.", nameof(owner));
        if (firstOf.Length == 0 || firstOf[^1] != words.Length) throw new ArgumentException("FirstOf must end with the sub-word count.", nameof(firstOf));
        Words = words;
        Owner = owner;
        FirstOf = firstOf;
    }

    public static SubWords Empty { get; } = new([], [], [0]);

    /// <summary>Every sub-word of the document, in order.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>The token index of each sub-word.</summary>
    public ImmutableArray<int> Owner { get; }

    /// <summary>The index of the first sub-word of each token; one extra entry holds the total count.</summary>
    public ImmutableArray<int> FirstOf { get; }

    /// <summary>True if sub-word <paramref name="index"/> is the first of its token.</summary>
    public bool StartsToken(int index) => index == 0 || Owner[index - 1] != Owner[index];

    /// <summary>True if sub-word <paramref name="index"/> is the last of its token.</summary>
    public bool EndsToken(int index) => index + 1 == Words.Length || Owner[index + 1] != Owner[index];
}
