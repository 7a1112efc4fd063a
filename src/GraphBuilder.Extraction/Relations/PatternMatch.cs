namespace GraphBuilder.Extraction.Relations;

/// <summary>A cue pattern matched in a sentence: the subject and object units and the tokens the evidence spans.</summary>
public sealed record PatternMatch(IReadOnlyList<ArgumentUnit> Subjects, IReadOnlyList<ArgumentUnit> Objects, int First, int End);
