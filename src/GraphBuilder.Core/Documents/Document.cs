using System.Collections.Immutable;

namespace GraphBuilder.Core.Documents;

/// <summary>
/// The immutable document every pipeline component reads and enriches (like spaCy's Doc).
/// Components return <c>doc with { ... }</c>; nothing is mutated in place. Every per-document layer is a
/// field here; a layer computed from another is cleared when that one is replaced (set <see cref="Tokens"/>
/// before the layers derived from it in one <c>with</c>), so nothing stale can be read.
/// </summary>
public sealed partial record Document
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

    public ImmutableArray<Token> Tokens
    {
        get => _tokens;
        init
        {
            if (value == _tokens) return;
            _tokens = value;
            FoldedTokens = default;
            SubWords = null;
            PosTags = [];
            _mentionIndex = null;
            Titles = default;
        }
    }

    /// <summary>The folded (lower-case, diacritic-free) text of every token, parallel to <see cref="Tokens"/>; default until folded.</summary>
    public ImmutableArray<string> FoldedTokens { get; init; }

    /// <summary>The folded sub-words of <see cref="Tokens"/>; null until folded.</summary>
    public SubWords? SubWords { get; init; }

    /// <summary>Universal POS tag of each token (parallel to <see cref="Tokens"/>); empty when no tagger ran.</summary>
    public ImmutableArray<string> PosTags { get; init; } = [];

    public ImmutableArray<EntityMention> Mentions
    {
        get => _mentions;
        init
        {
            if (value == _mentions) return;
            _mentions = value;
            _mentionIndex = null;
            Titles = default;
        }
    }

    /// <summary>
    /// The title constructions of each sentence (indexed like <see cref="Sentences"/>) over the current
    /// <see cref="Mentions"/>; default until found, and again whenever the mentions change.
    /// </summary>
    public ImmutableArray<ImmutableArray<TitleConstruction>> Titles { get; init; }

    /// <summary>The canonical name of each person resolved in the document, by entity id (the fullest name seen).</summary>
    public ImmutableDictionary<string, string> PersonNames { get; init; } = NoPersonNames;

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
