namespace GraphBuilder.Neo4j.Http;

/// <summary>The server answered JSON of a shape the Query API does not send (not Neo4j, or a proxy in between).</summary>
public sealed class Neo4jProtocolException(string message) : Neo4jClientException(message);
