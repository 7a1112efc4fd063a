namespace GraphBuilder.Visualization.Json;

/// <summary>One name of an entity in <c>graph.json</c> with its language tag (omitted when unknown).</summary>
public sealed record GraphJsonName(string Text, string? Language);
