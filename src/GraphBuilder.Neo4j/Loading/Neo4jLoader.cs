using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Loading;

/// <summary>
/// Loads a <see cref="Neo4jGraph"/> into a running Neo4j: schema first, then the
/// <see cref="WritePlan"/> batches as parameterised <c>UNWIND $rows</c> statements. Every write is
/// a MERGE on stable ids with set-union properties, so a retried batch or a repeated load changes
/// no counts, and a load of further articles only adds evidence.
/// </summary>
public sealed class Neo4jLoader(QueryApiClient client)
{
    public const string CountNodes = "MATCH (n) RETURN count(n) AS nodes";
    public const string CountRelationships = "MATCH ()-[r]->() RETURN count(r) AS relationships";

    public async Task<LoadResult> LoadAsync(Neo4jGraph graph, LoadOptions options, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var retriesBefore = client.RetryCount;
        var nodesBefore = await CountAsync(CountNodes, cancellationToken).ConfigureAwait(false);
        var relationshipsBefore = await CountAsync(CountRelationships, cancellationToken).ConfigureAwait(false);
        if (options.CreateSchema)
        {
            foreach (var statement in SchemaStatements.All)
                await client.RunAsync(statement, null, "Creating constraints and indexes", cancellationToken).ConfigureAwait(false);
        }
        var total = WritePlan.RowCount(graph);
        progress?.Report(new LoadProgress("schema", 0, total));
        var (rows, batches) = options.Transactions == TransactionMode.Single
            ? await client.WithRetriesAsync(ct => WriteInOneTransactionAsync(graph, options, total, progress, ct), cancellationToken).ConfigureAwait(false)
            : await WritePerBatchAsync(graph, options, total, progress, cancellationToken).ConfigureAwait(false);
        var nodesAfter = await CountAsync(CountNodes, cancellationToken).ConfigureAwait(false);
        var relationshipsAfter = await CountAsync(CountRelationships, cancellationToken).ConfigureAwait(false);
        return new LoadResult(rows, batches, nodesBefore, nodesAfter, relationshipsBefore, relationshipsAfter)
        {
            Retries = client.RetryCount - retriesBefore,
        };
    }

    private async Task<(int Rows, int Batches)> WritePerBatchAsync(Neo4jGraph graph, LoadOptions options, int total, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var (rows, batches) = (0, 0);
        foreach (var batch in WritePlan.For(graph, options.BatchSize))
        {
            await client.RunAsync(batch.ParameterisedStatement, batch.Rows, Describe(batch, batches), ct).ConfigureAwait(false);
            rows += batch.Rows.Length;
            batches++;
            progress?.Report(new LoadProgress(batch.Kind, rows, total));
        }
        return (rows, batches);
    }

    private async Task<(int Rows, int Batches)> WriteInOneTransactionAsync(Neo4jGraph graph, LoadOptions options, int total, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var (rows, batches) = (0, 0);
        await using var transaction = await client.BeginAsync(ct).ConfigureAwait(false);
        foreach (var batch in WritePlan.For(graph, options.BatchSize))
        {
            await transaction.RunAsync(batch.ParameterisedStatement, batch.Rows, Describe(batch, batches), ct).ConfigureAwait(false);
            rows += batch.Rows.Length;
            batches++;
            progress?.Report(new LoadProgress(batch.Kind, rows, total));
        }
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return (rows, batches);
    }

    private async Task<long> CountAsync(string statement, CancellationToken ct) =>
        (await client.RunAsync(statement, null, "Counting", ct).ConfigureAwait(false)).SingleLong();

    private static string Describe(WriteBatch batch, int index) => $"Writing {batch.Kind} (batch {index + 1}, {batch.Rows.Length} rows)";
}
