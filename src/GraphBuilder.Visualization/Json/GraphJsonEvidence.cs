namespace GraphBuilder.Visualization.Json;

/// <summary>
/// One supporting sentence of a relation; <see cref="Start"/>/<see cref="End"/> locate the match in the
/// sentence's text. From version 2 the text is written once, in <c>sentences</c>, and <see cref="Text"/>
/// is omitted from graph.json (the page's bounded evidence still carries it, for the page script).
/// </summary>
public sealed record GraphJsonEvidence(
    string Article,
    int Sentence,
    string? Text,
    int Start,
    int End,
    string Rule,
    double Confidence,
    string? Attribution,
    string? Date);
