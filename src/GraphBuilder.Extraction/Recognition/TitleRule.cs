using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>A named step that widens a <see cref="TitleDraft"/>: finds its owner, skips qualifiers, marks a delegation.</summary>
public sealed record TitleRule(string Name, Action<TitleDraft> Apply);

/// <summary>A named way to find a title's holder; returns the finished construction, or null when it does not apply.</summary>
public sealed record HolderRule(string Name, Func<TitleDraft, TitleConstruction, TitleConstruction?> Try);
