using System.Collections.Immutable;
using System.Net;
using System.Text.Json;

namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// Turns a Query API HTTP answer into a <see cref="QueryResult"/> or the matching exception.
/// Neo4j reports statement errors in an <c>errors</c> array (with 202, 400 or 5xx depending on
/// the version), authentication failures with 401; the Neo4j code decides, the HTTP status only
/// when there is no code.
/// </summary>
public static class QueryResponseParser
{
    public static QueryResult Parse(HttpStatusCode status, string body, string? affinity, Neo4jConnection connection, string what)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            return ParseChecked(status, body, affinity, connection, what);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or IndexOutOfRangeException)
        {
            // Valid JSON of the wrong shape (a string where an array belongs, ...): not an answer of the Query API.
            throw new Neo4jProtocolException(
                $"{what}: {connection.BaseUri} answered HTTP {(int)status} with JSON the Query API does not send ({e.Message}); is it a Neo4j 5.26+ server?");
        }
    }

    private static QueryResult ParseChecked(HttpStatusCode status, string body, string? affinity, Neo4jConnection connection, string what)
    {
        JsonDocument? document = null;
        try { document = body.Length > 0 ? JsonDocument.Parse(body) : null; }
        catch (JsonException) { }
        using (document)
        {
            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                if (code.Length == 0 && message.Length == 0) throw new FormatException("an error without code or message");
                throw Classify(status, code, message, connection, what);
            }
            var numeric = (int)status;
            if (status == HttpStatusCode.Unauthorized) throw Classify(status, "", "HTTP 401 Unauthorized", connection, what);
            if (numeric >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
                throw new Neo4jTransientException($"{what}: HTTP {numeric} ({status}) from {connection.BaseUri}.");
            if (numeric is < 200 or >= 300)
                throw new Neo4jClientException(
                    $"{what}: HTTP {numeric} ({status}) from {connection.BaseUri}. Is this Neo4j 5.26 or later with the Query API, and does database '{connection.Database}' exist?");
            if (root is not { ValueKind: JsonValueKind.Object } result)
                throw new Neo4jClientException($"{what}: {connection.BaseUri} answered HTTP {numeric} without a JSON body; is it a Neo4j server?");
            return Result(result, affinity) with { What = what, Server = connection.BaseUri };
        }
    }

    private static Neo4jException Classify(HttpStatusCode status, string code, string message, Neo4jConnection connection, string what)
    {
        if (Neo4jMemoryException.IsMemoryCode(code))
            return new Neo4jMemoryException($"{what}: {code}: {message}", code);
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return new Neo4jTransientException($"{what}: {code}: {message}", code);
        if (code == "Neo.ClientError.Security.Forbidden")
            return new Neo4jClientException($"{what}: user '{connection.User}' is not allowed to do this ({code}: {message}).", code);
        if (status == HttpStatusCode.Unauthorized || code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            var hint = connection.Password is null
                ? "No password was given: set the NEO4J_PASSWORD environment variable or pass --password."
                : "Check the user and the password (NEO4J_PASSWORD or --password).";
            return new Neo4jAuthenticationException(
                $"Neo4j at {connection.BaseUri} refused user '{connection.User}' ({(code.Length > 0 ? code + ": " : "")}{message}). {hint}", code);
        }
        if ((int)status >= 500 && code.Length == 0)
            return new Neo4jTransientException($"{what}: HTTP {(int)status} from {connection.BaseUri}: {message}");
        return new Neo4jClientException($"{what} failed and will not be retried: {code}: {message}", code);
    }

    private static QueryResult Result(JsonElement root, string? affinity)
    {
        var fields = ImmutableArray<string>.Empty;
        var values = ImmutableArray<ImmutableArray<JsonElement>>.Empty;
        if (root.TryGetProperty("data", out var data))
        {
            if (data.ValueKind != JsonValueKind.Object) throw new FormatException("'data' is not an object");
            if (data.TryGetProperty("fields", out var f))
                fields = [.. f.EnumerateArray().Select(x => x.GetString() ?? "")];
            if (data.TryGetProperty("values", out var v))
                values = [.. v.EnumerateArray().Select(row => row.ValueKind == JsonValueKind.Array
                    ? row.EnumerateArray().Select(x => x.Clone()).ToImmutableArray()
                    : [row.Clone()])];
        }
        var bookmarks = root.TryGetProperty("bookmarks", out var b)
            ? [.. b.EnumerateArray().Select(x => x.GetString() ?? "")]
            : ImmutableArray<string>.Empty;
        string? transaction = null;
        if (root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id))
            transaction = id.GetString();
        return new QueryResult(fields, values) { Bookmarks = bookmarks, TransactionId = transaction, ClusterAffinity = affinity };
    }
}
