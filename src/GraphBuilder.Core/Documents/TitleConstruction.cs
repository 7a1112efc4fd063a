namespace GraphBuilder.Core.Documents;

/// <summary>
/// A title or role phrase with what it attaches to: "Menteri Luar Negeri Korea Utara, Choe Son Hui",
/// "Russian Foreign Minister Sergei Lavrov", "Lavrov, Russia's foreign minister", or, with no name,
/// the anaphor "Pemimpin Korea Utara itu" / "the North Korean leader".
/// </summary>
public sealed record TitleConstruction(TitleEntry Title, int TitleFirst, int TitleEnd)
{
    /// <summary>The countries or organisations the title belongs to (empty when none is named).</summary>
    public IReadOnlyList<EntityMention> Owners { get; init; } = [];

    /// <summary>First and end token of the whole construction, the name included.</summary>
    public int First { get; init; }
    public int End { get; init; }

    /// <summary>The person mention the title is attached to, when present.</summary>
    public EntityMention? Person { get; init; }

    /// <summary>Token range of a capitalised name not yet recognised (for the recogniser), else (0, 0).</summary>
    public (int First, int End) UnknownName { get; init; }

    /// <summary>True for "RSF, yang dipimpin X" / "Wagner, led by X": the owner heads the phrase, the title is a relative clause.</summary>
    public bool OwnerAcrossComma { get; init; }

    /// <summary>True for "delegasi Pakistan, dipimpin oleh X": the owner stands for its delegation, so X leads the delegation, not the state.</summary>
    public bool OwnerIsDelegation { get; init; }

    /// <summary>True for "X itu/tersebut" or "the X" with no name: it refers back to a known holder.</summary>
    public bool IsAnaphor { get; init; }
}
