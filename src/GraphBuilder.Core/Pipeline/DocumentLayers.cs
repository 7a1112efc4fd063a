namespace GraphBuilder.Core.Pipeline;

/// <summary>
/// The layers of a <see cref="Documents.Document"/> a component reads (<see cref="IDocumentComponent.Requires"/>)
/// or writes (<see cref="IDocumentComponent.Assigns"/>). A new document has only <see cref="Text"/>.
/// </summary>
[Flags]
public enum DocumentLayers
{
    None = 0,

    /// <summary>The text all spans refer to (present from the start; normalisers rewrite it).</summary>
    Text = 1 << 0,

    /// <summary><see cref="Documents.Document.Tokens"/> and <see cref="Documents.Document.Sentences"/>.</summary>
    Tokens = 1 << 1,

    /// <summary><see cref="Documents.Document.Language"/>, once detected or confirmed.</summary>
    Language = 1 << 2,

    /// <summary><see cref="Documents.Document.Date"/> from a dateline (metadata gives it from the start).</summary>
    Date = 1 << 3,

    /// <summary><see cref="Documents.Document.FoldedTokens"/>: lower-case, diacritic-free text of every token.</summary>
    FoldedTokens = 1 << 4,

    /// <summary><see cref="Documents.Document.SubWords"/>: the folded tokens split at inner hyphens.</summary>
    SubWords = 1 << 5,

    /// <summary><see cref="Documents.Document.PosTags"/>.</summary>
    PosTags = 1 << 6,

    /// <summary><see cref="Documents.Document.Mentions"/> (and so <see cref="Documents.Document.MentionIndex"/>).</summary>
    Mentions = 1 << 7,

    /// <summary><see cref="Documents.Document.Titles"/>: the title constructions over the current mentions.</summary>
    Titles = 1 << 8,

    /// <summary><see cref="Documents.Document.PersonNames"/>: the canonical name of each person resolved in the document.</summary>
    PersonNames = 1 << 9,

    /// <summary><see cref="Documents.Document.Entities"/>.</summary>
    Entities = 1 << 10,

    /// <summary><see cref="Documents.Document.Relations"/>.</summary>
    Relations = 1 << 11,
}
