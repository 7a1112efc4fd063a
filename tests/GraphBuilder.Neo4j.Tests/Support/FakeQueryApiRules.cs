using System.Text.Json;
using System.Text.RegularExpressions;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>Which Query API endpoint a request is for, with the transaction id.</summary>
public sealed record FakeRoute(string Kind, string Database, string? TransactionId)
{
    public const string Query = "query", Open = "open", Run = "run", Commit = "commit", Rollback = "rollback";
}

/// <summary>A request refused by a rule: what the server answers, and why (for <see cref="FakeQueryApi.Rejections"/>).</summary>
public sealed record FakeRejection(FakeAnswer Answer, string Reason);

/// <summary>
/// The rules the real Query API enforces before running anything, checked in the server's order:
/// known endpoint and method, an <c>Accept</c> the API can answer, <c>Content-Type: application/json</c>
/// on every POST (the real 5.26 answers HTTP 500 <c>Neo.ClientError.Request.Invalid</c> without it, body or
/// no body), a JSON object body with only the documented fields, a statement on the query endpoint,
/// and credentials.
/// </summary>
public static partial class FakeQueryApiRules
{
    /// <summary>The request body fields the Query API documents.</summary>
    public static readonly IReadOnlySet<string> KnownFields =
        new HashSet<string>(StringComparer.Ordinal) { "statement", "parameters", "includeCounters", "bookmarks", "impersonatedUser", "accessMode" };

    private static readonly string[] JsonTypes = ["application/json", "application/vnd.neo4j.query"];

    public static (FakeRoute? Route, FakeRejection? Rejection) Check(RecordedRequest r)
    {
        var route = Route(r.Path);
        if (route is null) return (null, new(new FakeAnswer(404, ""), "no such endpoint"));
        var allowed = route.Kind == FakeRoute.Run ? new[] { "POST", "DELETE" } : ["POST"];
        if (!allowed.Contains(r.Method)) return (null, new(new FakeAnswer(405, ""), $"method {r.Method} not allowed"));
        if (route.Kind == FakeRoute.Run && r.Method == "DELETE") route = route with { Kind = FakeRoute.Rollback };
        if (!Accepts(r.Accept)) return (null, Invalid(406, $"Accept '{r.Accept}' is not application/json or application/vnd.neo4j.query"));
        if (r.Method == "POST")
        {
            if (!IsJson(r.ContentType)) return (null, Invalid(500, "Request failed.", $"POST without a JSON Content-Type ('{r.ContentType}')"));
            var bodyProblem = BodyProblem(r.Body, statementRequired: route.Kind == FakeRoute.Query);
            if (bodyProblem is not null) return (null, Invalid(400, bodyProblem));
        }
        if (r.Authorization is null || !r.Authorization.StartsWith("Basic ", StringComparison.Ordinal))
            return (null, new(FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "No authentication header supplied."), "no Basic authorization"));
        return (route, null);
    }

    private static FakeRoute? Route(string path)
    {
        var m = RoutePattern().Match(path);
        if (!m.Success) return null;
        var id = m.Groups["id"].Success ? m.Groups["id"].Value : null;
        var kind = !m.Groups["tx"].Success ? FakeRoute.Query : id is null ? FakeRoute.Open : m.Groups["commit"].Success ? FakeRoute.Commit : FakeRoute.Run;
        return new FakeRoute(kind, m.Groups["db"].Value, id);
    }

    private static bool Accepts(string? accept) =>
        accept is not null && accept.Split(',').Select(a => a.Split(';')[0].Trim())
            .Any(a => JsonTypes.Contains(a, StringComparer.OrdinalIgnoreCase) || a is "*/*" or "application/*");

    private static bool IsJson(string? contentType) =>
        contentType is not null && JsonTypes.Contains(contentType.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase);

    private static string? BodyProblem(string body, bool statementRequired)
    {
        if (body.Length == 0) return statementRequired ? "The request body is empty: a statement is required." : null;
        JsonDocument document;
        try { document = JsonDocument.Parse(body); }
        catch (JsonException e) { return "The request body is not valid JSON: " + e.Message; }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "The request body must be a JSON object.";
            foreach (var field in root.EnumerateObject())
                if (!KnownFields.Contains(field.Name)) return $"Unrecognized field \"{field.Name}\".";
            if (root.TryGetProperty("statement", out var s) && s.ValueKind != JsonValueKind.String) return "\"statement\" must be a string.";
            if (root.TryGetProperty("parameters", out var p) && p.ValueKind != JsonValueKind.Object) return "\"parameters\" must be an object.";
            if (statementRequired && !root.TryGetProperty("statement", out _)) return "A statement is required.";
        }
        return null;
    }

    private static FakeRejection Invalid(int status, string message, string? reason = null) =>
        new(FakeAnswer.Error(status, "Neo.ClientError.Request.Invalid", message), reason ?? message);

    [GeneratedRegex("^/db/(?<db>[^/]+)/query/v2(?<tx>/tx(/(?<id>[^/]+)(?<commit>/commit)?)?)?$")]
    private static partial Regex RoutePattern();
}
