using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>
/// Explicit transactions as the Query API documents them: opening answers 202 with
/// <c>transaction: {id, expires}</c> and a <c>neo4j-cluster-affinity</c> header; every later request of
/// the transaction must send that header back (as on Aura, where a request without it may reach another
/// member) and gets the transaction object again; a failed statement ends the transaction; commit and
/// DELETE end it; an unknown or ended id is <c>Neo.ClientError.Transaction.TransactionNotFound</c> (404).
/// </summary>
public sealed class FakeTransactions
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, string> _open = new(); // id -> affinity
    private int _next;

    public int Open => _open.Count;

    public FakeAnswer Answer(FakeRoute route, RecordedRequest request, Func<FakeAnswer> respond, ConcurrentQueue<string> rejections)
    {
        if (route.Kind == FakeRoute.Open)
        {
            var id = "tx" + Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
            var affinity = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("127.0.0.1:7474/" + id));
            var opened = HasStatement(request.Body) ? respond() : Empty();
            if (!opened.IsSuccess) return opened;
            _open[id] = affinity;
            return WithTransaction(opened, id) with { Affinity = affinity };
        }
        if (route.TransactionId is not { } txId || !_open.TryGetValue(txId, out var expected) || request.Affinity != expected)
        {
            var reason = route.TransactionId is { } t && _open.ContainsKey(t) ? "affinity header missing or wrong" : "no such open transaction";
            rejections.Enqueue($"{request.Method} {request.Path}: {reason}");
            return FakeAnswer.Error(404, "Neo.ClientError.Transaction.TransactionNotFound",
                $"Transaction with Id: \"{route.TransactionId}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");
        }
        switch (route.Kind)
        {
            case FakeRoute.Rollback:
                _open.TryRemove(txId, out _);
                return Empty() with { Affinity = expected };
            case FakeRoute.Commit:
                var last = HasStatement(request.Body) ? respond() : Empty();
                _open.TryRemove(txId, out _);
                return (last.IsSuccess ? FakeAnswer.Ok() : last) with { Affinity = expected };
            default:
                var answer = respond();
                if (!answer.IsSuccess)
                {
                    _open.TryRemove(txId, out _); // the server rolls a failed transaction back
                    return answer;
                }
                return WithTransaction(answer, txId) with { Affinity = expected };
        }
    }

    private static FakeAnswer Empty() => new(202, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""");

    private static bool HasStatement(string body) =>
        body.Length > 0 && JsonDocument.Parse(body).RootElement.TryGetProperty("statement", out _);

    private static FakeAnswer WithTransaction(FakeAnswer answer, string id)
    {
        var body = JsonNode.Parse(answer.Body)!.AsObject();
        body["transaction"] = new JsonObject
        {
            ["id"] = id,
            ["expires"] = DateTime.UtcNow.Add(Lifetime).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        return answer with { Body = body.ToJsonString() };
    }
}
