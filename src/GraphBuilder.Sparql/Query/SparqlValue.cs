namespace GraphBuilder.Sparql.Query;

/// <summary>One bound value in a SPARQL result row: "uri", "literal" or "bnode", with datatype or language for literals.</summary>
public sealed record SparqlValue(string Type, string Value)
{
    public string? Datatype { get; init; }
    public string? Language { get; init; }
}
