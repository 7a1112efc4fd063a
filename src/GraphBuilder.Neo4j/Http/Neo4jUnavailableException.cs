namespace GraphBuilder.Neo4j.Http;

/// <summary>The server could not be reached or did not answer in time, after every retry.</summary>
public sealed class Neo4jUnavailableException(string message, Exception inner) : Neo4jException(message, null, inner);
