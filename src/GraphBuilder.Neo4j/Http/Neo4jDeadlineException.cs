namespace GraphBuilder.Neo4j.Http;

/// <summary>The whole load took longer than its deadline and was stopped.</summary>
public sealed class Neo4jDeadlineException(string message, Exception inner) : Neo4jException(message, null, inner);
