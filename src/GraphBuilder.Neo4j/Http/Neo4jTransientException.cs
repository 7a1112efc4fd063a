namespace GraphBuilder.Neo4j.Http;

/// <summary>A failure that may succeed when retried: <c>Neo.TransientError.*</c>, HTTP 5xx, 408 or 429.</summary>
public sealed class Neo4jTransientException(string message, string? code = null) : Neo4jException(message, code);
