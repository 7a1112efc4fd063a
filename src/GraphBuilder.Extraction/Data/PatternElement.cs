using System.Collections.Frozen;

namespace GraphBuilder.Extraction.Data;

/// <summary>What one element of a cue pattern matches.</summary>
public enum PatternElementKind : byte
{
    /// <summary>One token from a set of words (folded); may be optional.</summary>
    Literal,

    /// <summary>Up to <see cref="PatternElement.MaxGap"/> tokens that are not clause punctuation (<c>*N</c>; <c>~N</c> also crosses commas).</summary>
    Gap,

    /// <summary>The relation's subject (S) or object (O): one entity, or a coordination of entities.</summary>
    Subject,
    Object,
}

/// <summary>One element of a <see cref="CuePattern"/>.</summary>
public sealed record PatternElement(PatternElementKind Kind)
{
    public FrozenSet<string> Words { get; init; } = FrozenSet<string>.Empty;
    public bool Optional { get; init; }
    public int MaxGap { get; init; }

    /// <summary>For gaps written <c>~N</c>: the gap may also cross commas.</summary>
    public bool AllowsComma { get; init; }

    public bool IsSlot => Kind is PatternElementKind.Subject or PatternElementKind.Object;
}
