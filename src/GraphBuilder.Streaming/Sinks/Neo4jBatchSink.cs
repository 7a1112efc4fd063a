using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Loading;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Streaming.Sinks;

/// <summary>
/// Writes a batch to Neo4j through the Neo4j project's loader: the batch's graph, mapped to the Neo4j
/// model, as UNWIND-batched MERGE statements on stable ids. Those writes are idempotent, so a batch that
/// is redelivered after a crash changes nothing that is already there. Schema is created with the first batch.
/// </summary>
public sealed class Neo4jBatchSink(QueryApiClient client, LoadOptions options) : IBatchSink
{
    private readonly Neo4jLoader _loader = new(client);
    private int _schemaDone;

    public string Name => "Neo4j at " + client.Connection;

    public async Task WriteAsync(IReadOnlyList<Document> documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var accumulator = new GraphAccumulator();
        foreach (var document in documents) accumulator.Add(document);
        var createSchema = options.CreateSchema && Interlocked.Exchange(ref _schemaDone, 1) == 0;
        await _loader.LoadAsync(Neo4jGraphMapper.From(accumulator.Snapshot()), options with { CreateSchema = createSchema }, null, ct)
            .ConfigureAwait(false);
    }
}
