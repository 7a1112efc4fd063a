namespace GraphBuilder.Visualization.Json;

/// <summary>One supporting sentence of a relation; <see cref="Start"/>/<see cref="End"/> locate the match in <see cref="Text"/>.</summary>
public sealed record GraphJsonEvidence(
    string Article,
    int Sentence,
    string Text,
    int Start,
    int End,
    string Rule,
    double Confidence,
    string? Attribution,
    string? Date);
