using System.Collections.Immutable;

namespace GraphBuilder.Core.Documents;

public sealed partial record Document
{
    private ImmutableArray<Token> _tokens = [];
    private ImmutableArray<EntityMention> _mentions = [];
    private MentionLookup? _mentionIndex;
    private static readonly ImmutableDictionary<string, string> NoPersonNames = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>
    /// The token-level index of <see cref="Mentions"/>, built on first use and kept until the mentions or tokens
    /// are replaced: the components reading the same mentions share one index.
    /// </summary>
    public MentionLookup MentionIndex => _mentionIndex ??= new MentionLookup(this);

    /// <summary>True when <see cref="Titles"/> holds the constructions of the current mentions.</summary>
    public bool HasTitles => !Titles.IsDefault;
}
