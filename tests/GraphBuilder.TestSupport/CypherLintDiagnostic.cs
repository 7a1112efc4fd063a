namespace GraphBuilder.TestSupport;

/// <summary>One finding of Neo4j's Cypher linter (line and column 1-based).</summary>
public sealed record CypherLintDiagnostic(string Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column} {Severity}: {Message}";
}
