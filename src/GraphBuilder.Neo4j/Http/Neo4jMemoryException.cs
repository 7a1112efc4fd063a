namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// The server ran out of transaction memory on a statement (e.g.
/// <c>Neo.TransientError.General.MemoryPoolOutOfMemoryError</c>). Resending the same statement fails the
/// same way, so it is not retried as is: the loader splits the batch instead.
/// </summary>
public sealed class Neo4jMemoryException(string message, string? code = null) : Neo4jException(message, code)
{
    /// <summary>Neo4j codes that mean "this statement needs more memory than the server allows".</summary>
    public static bool IsMemoryCode(string code) =>
        code.StartsWith("Neo.TransientError.General.", StringComparison.Ordinal)
        && (code.Contains("OutOfMemory", StringComparison.Ordinal) || code.Contains("MemoryLimit", StringComparison.Ordinal))
        || code == "Neo.TransientError.Transaction.MemoryLimitExceeded";
}
