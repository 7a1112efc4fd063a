using System.Collections.Immutable;

namespace GraphBuilder.Sparql.Query;

/// <summary>
/// The answer to a query: variables and rows for SELECT, <see cref="Boolean"/> for ASK, or
/// <see cref="Text"/> (with its media type) for CONSTRUCT/DESCRIBE answers in an RDF syntax.
/// </summary>
public sealed record SparqlResultSet
{
    public ImmutableArray<string> Variables { get; init; } = [];

    /// <summary>Rows; a variable missing from a row is unbound.</summary>
    public ImmutableArray<ImmutableDictionary<string, SparqlValue>> Rows { get; init; } = [];

    public bool? Boolean { get; init; }

    public string? Text { get; init; }

    public string? MediaType { get; init; }

    /// <summary>The value of <paramref name="variable"/> in every row (empty string when unbound).</summary>
    public IEnumerable<string> Column(string variable) =>
        Rows.Select(r => r.TryGetValue(variable, out var v) ? v.Value : "");
}
