using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>
/// An in-process HTTP server on 127.0.0.1 answering like Neo4j's Query API, for contract tests.
/// It records every request and answers with <c>respond(request, index)</c>.
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeQueryApi(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string BaseUri => _app.Urls.First();

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
            var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "",
                context.Request.Headers.Authorization.FirstOrDefault(), context.Request.Headers["neo4j-cluster-affinity"].FirstOrDefault(),
                context.Request.ContentType, body);
            fake.Requests.Enqueue(request);
            var answer = respond(request, Interlocked.Increment(ref count) - 1);
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
