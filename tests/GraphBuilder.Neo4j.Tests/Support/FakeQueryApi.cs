using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>
/// An in-process HTTP server on 127.0.0.1 answering like Neo4j 5.26's Query API, as strict as the real
/// server on everything its documentation and the real server agree on (see <see cref="FakeQueryApiRules"/>):
/// a request breaking a rule gets the server's error and never reaches <c>respond</c>, and is listed in
/// <see cref="Rejections"/>. Explicit transactions are kept by the double itself (<see cref="FakeTransactions"/>);
/// statements, in or out of a transaction, are answered by <c>respond(request, index)</c>.
/// Every request is recorded with its size, so tests can measure what the client sends.
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeTransactions _transactions = new();

    private FakeQueryApi(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>"METHOD path: reason" for every request the double refused by a rule.</summary>
    public ConcurrentQueue<string> Rejections { get; } = new();

    public string BaseUri => _app.Urls.First();

    public int LargestRequestBytes => Requests.Select(r => r.Bytes).DefaultIfEmpty().Max();

    public long TotalRequestBytes => Requests.Sum(r => (long)r.Bytes);

    /// <summary>Transactions opened and not yet committed, rolled back or failed.</summary>
    public int OpenTransactions => _transactions.Open;

    public static async Task<FakeQueryApi> StartAsync(Func<RecordedRequest, int, FakeAnswer> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeQueryApi(app);
        var count = 0;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers;
            var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "",
                headers.Authorization.FirstOrDefault(), headers["neo4j-cluster-affinity"].FirstOrDefault(), context.Request.ContentType, body)
            {
                Accept = headers.Accept.Count == 0 ? null : string.Join(", ", headers.Accept.ToArray()),
            };
            fake.Requests.Enqueue(request);
            var answer = fake.Answer(request, () => respond(request, Interlocked.Increment(ref count) - 1));
            if (answer.Delay > TimeSpan.Zero)
            {
                try { await Task.Delay(answer.Delay, context.RequestAborted); }
                catch (OperationCanceledException) { return; }
            }
            context.Response.StatusCode = answer.Status;
            if (answer.Affinity is not null) context.Response.Headers["neo4j-cluster-affinity"] = answer.Affinity;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        });
        await app.StartAsync();
        return fake;
    }

    private FakeAnswer Answer(RecordedRequest request, Func<FakeAnswer> respond)
    {
        var (route, rejection) = FakeQueryApiRules.Check(request);
        if (rejection is not null)
        {
            Rejections.Enqueue($"{request.Method} {request.Path}: {rejection.Reason}");
            return rejection.Answer;
        }
        return route!.Kind == FakeRoute.Query ? respond() : _transactions.Answer(route, request, respond, Rejections);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
