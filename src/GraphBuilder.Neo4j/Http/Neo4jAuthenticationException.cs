namespace GraphBuilder.Neo4j.Http;

/// <summary>The server refused the credentials. The message never contains the password.</summary>
public sealed class Neo4jAuthenticationException(string message, string? code = null) : Neo4jClientException(message, code);
