using System.Collections.Immutable;

namespace GraphBuilder.Core.Documents;

/// <summary>
/// The immutable document every pipeline component reads and enriches (like spaCy's Doc).
/// Components return <c>doc with { ... }</c>; nothing is mutated in place.
/// </summary>
public sealed record Document
{
    public Document(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Article = article;
        Text = article.Text;
        Language = article.Language ?? "und";
        Date = article.Published;
    }

    public Article Article { get; init; }

    /// <summary>The (normalised) text all spans refer to.</summary>
    public string Text { get; init; }

    /// <summary>ISO 639-1 code of the text's language, "und" until known.</summary>
    public string Language { get; init; }

    /// <summary>The article's date: from metadata or a dateline.</summary>
    public DateOnly? Date { get; init; }

    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>Universal POS tag of each token (parallel to <see cref="Tokens"/>); empty when no tagger ran.</summary>
    public ImmutableArray<string> PosTags { get; init; } = [];
    public ImmutableArray<EntityMention> Mentions { get; init; } = [];
    public ImmutableArray<DocumentEntity> Entities { get; init; } = [];
    public ImmutableArray<RelationAssertion> Relations { get; init; } = [];

    /// <summary>Non-fatal problems found while processing (reported, never thrown).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    public string SentenceText(int index) => Sentences[index].Text(Text);

    public ReadOnlySpan<Token> SentenceTokens(int index)
    {
        var s = Sentences[index];
        return Tokens.AsSpan().Slice(s.FirstToken, s.TokenCount);
    }
}
