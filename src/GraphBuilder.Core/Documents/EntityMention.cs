using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Documents;

/// <summary>
/// A recognised mention of an entity in the text. <see cref="EntityId"/> is null until the
/// mention is resolved/linked to a <see cref="DocumentEntity"/>.
/// </summary>
public sealed record EntityMention(TextSpan Span, EntityType Type, string Text, int SentenceIndex, string Rule)
{
    /// <summary>Stable id of the entity this mention refers to, once resolved.</summary>
    public string? EntityId { get; init; }

    /// <summary>Confidence that this span is an entity of <see cref="Type"/> (0..1).</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>The mechanism that found the mention (the typed form of <see cref="Rule"/>).</summary>
    public MentionOrigin Origin { get; init; }
}
