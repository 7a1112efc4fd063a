using System.Globalization;
using GraphBuilder.Cli.Commands;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Streaming.Sinks;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Streaming;

/// <summary>Builds the sinks a worker writes to: a graph.json directory (--out) and/or Neo4j (--neo4j).</summary>
public sealed class WorkerSinks : IDisposable
{
    private readonly Neo4jHttpClientFactory? _http;

    private WorkerSinks(IReadOnlyList<IBatchSink> sinks, Neo4jHttpClientFactory? http) => (Sinks, _http) = (sinks, http);

    public IReadOnlyList<IBatchSink> Sinks { get; }

    /// <summary>The sinks, or throws ArgumentException/FormatException naming the bad setting.</summary>
    public static WorkerSinks Create(CliContext context, IConfiguration configuration, string? outDirectory, bool neo4j, int batchRows)
    {
        var sinks = new List<IBatchSink>();
        if (outDirectory is not null) sinks.Add(new GraphJsonDirectorySink(outDirectory));
        if (!neo4j) return new WorkerSinks(sinks, null);
        var settings = LoadNeo4jSettings.Bind(configuration);
        var connection = new Neo4jConnection(settings.Uri, settings.Database, settings.User, LoadNeo4jSettings.Password(null))
        {
            RequestTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.RequestTimeoutSeconds)),
            MaxRetries = settings.MaxRetries,
        };
        var http = new Neo4jHttpClientFactory();
        var client = new QueryApiClient(http.CreateClient(), connection, notice => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"retrying Neo4j (attempt {notice.NextAttempt}/{notice.MaxAttempts}) in {notice.Delay.TotalSeconds:0.0} s: {notice.Reason}")));
        // One explicit transaction per batch: the batch is in the database completely or not at all before it is acknowledged.
        sinks.Add(new Neo4jBatchSink(client, new LoadOptions { BatchSize = batchRows, Transactions = TransactionMode.Single }));
        return new WorkerSinks(sinks, http);
    }

    public void Dispose() => _http?.Dispose();
}
