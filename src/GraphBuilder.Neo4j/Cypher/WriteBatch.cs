using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Cypher;

/// <summary>One statement body with the rows it is run for (at most the batch size).</summary>
/// <param name="Kind">What the rows are, for progress and error messages ("entities (Person)").</param>
public sealed record WriteBatch(string Kind, string Body, ImmutableArray<CypherRow> Rows)
{
    /// <summary>The statement sent to the server with the rows as the <c>$rows</c> parameter.</summary>
    public string ParameterisedStatement => WriteStatements.Parameterised(Body);
}
