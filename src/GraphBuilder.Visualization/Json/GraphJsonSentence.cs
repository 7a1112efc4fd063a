namespace GraphBuilder.Visualization.Json;

/// <summary>A sentence that carries evidence, with the ids of the entities it mentions.</summary>
public sealed record GraphJsonSentence(
    string Article,
    int Index,
    string Text,
    IReadOnlyList<string> Entities);
