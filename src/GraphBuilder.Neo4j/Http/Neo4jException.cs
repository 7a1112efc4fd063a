namespace GraphBuilder.Neo4j.Http;

/// <summary>An error answered by Neo4j (or its HTTP layer), with the Neo4j status code when there is one.</summary>
public class Neo4jException(string message, string? code = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Neo4j status code such as <c>Neo.ClientError.Statement.SyntaxError</c>, when the server sent one.</summary>
    public string? Code { get; } = code;
}
