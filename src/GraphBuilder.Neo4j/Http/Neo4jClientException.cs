namespace GraphBuilder.Neo4j.Http;

/// <summary>A failure retrying cannot fix (syntax, constraint, bad request, database error): fail fast.</summary>
public class Neo4jClientException(string message, string? code = null) : Neo4jException(message, code);
