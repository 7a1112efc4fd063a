namespace GraphBuilder.Neo4j.Http;

/// <summary>An error answered by Neo4j (or its HTTP layer), with the Neo4j status code when there is one.</summary>
public class Neo4jException(string message, string? code = null, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Neo4j status code such as <c>Neo.ClientError.Statement.SyntaxError</c>, when the server sent one.</summary>
    public string? Code { get; } = code;
}

/// <summary>A failure that may succeed when retried: <c>Neo.TransientError.*</c>, HTTP 5xx, 408 or 429.</summary>
public sealed class Neo4jTransientException(string message, string? code = null) : Neo4jException(message, code);

/// <summary>A failure retrying cannot fix (syntax, constraint, bad request, database error): fail fast.</summary>
public class Neo4jClientException(string message, string? code = null) : Neo4jException(message, code);

/// <summary>The server refused the credentials. The message never contains the password.</summary>
public sealed class Neo4jAuthenticationException(string message, string? code = null) : Neo4jClientException(message, code);

/// <summary>The server could not be reached or did not answer in time, after every retry.</summary>
public sealed class Neo4jUnavailableException(string message, Exception inner) : Neo4jException(message, null, inner);
