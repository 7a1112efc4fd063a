namespace GraphBuilder.Nlp.Evaluation;

/// <summary>An entity found in a tag sequence: words [Start, End) of type Type.</summary>
public readonly record struct EntitySpan(int Start, int End, string Type);
