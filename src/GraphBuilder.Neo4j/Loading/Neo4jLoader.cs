using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Http;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Loading;

/// <summary>
/// Loads a <see cref="Neo4jGraph"/> into a running Neo4j: schema first, then the
/// <see cref="WritePlan"/> batches as parameterised <c>UNWIND $rows</c> statements. Every write is
/// a MERGE on stable ids and evidence is counted only when its node is created, so a retried batch
/// or a repeated load changes no counts, and a load of further articles only adds evidence.
/// A batch the server has no memory for is split in two (again if needed), never resent unchanged.
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
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Deadline is { } limit) deadline.CancelAfter(limit);
        try
        {
            return await LoadWithinAsync(graph, options, progress, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jDeadlineException(
                $"The load did not finish within {options.Deadline!.Value.TotalSeconds:0.###} s and was stopped. " +
                "Batches already committed stay in the database; loading again is safe (raise Neo4j:LoadTimeoutSeconds or --load-timeout for a larger graph).", e);
        }
    }

    private async Task<LoadResult> LoadWithinAsync(Neo4jGraph graph, LoadOptions options, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var retriesBefore = client.RetryCount;
        var nodesBefore = await CountAsync(CountNodes, ct).ConfigureAwait(false);
        var relationshipsBefore = await CountAsync(CountRelationships, ct).ConfigureAwait(false);
        if (options.CreateSchema)
        {
            foreach (var statement in SchemaStatements.All)
                await client.RunAsync(statement, null, "Creating constraints and indexes", ct).ConfigureAwait(false);
        }
        var tally = new Tally(WritePlan.RowCount(graph), progress);
        progress?.Report(new LoadProgress("schema", 0, tally.Total));
        var batches = WritePlan.For(graph, options.BatchSize, options.MaxBatchBytes);
        if (options.Transactions == TransactionMode.Single)
            await client.WithRetriesAsync(async attempt => { tally.Reset(); await WriteInOneTransactionAsync(batches, tally, attempt).ConfigureAwait(false); return 0; }, ct).ConfigureAwait(false);
        else
            foreach (var batch in batches) await WriteSplittingAsync(batch, tally, ct).ConfigureAwait(false);
        var nodesAfter = await CountAsync(CountNodes, ct).ConfigureAwait(false);
        var relationshipsAfter = await CountAsync(CountRelationships, ct).ConfigureAwait(false);
        return new LoadResult(tally.Rows, tally.Batches, nodesBefore, nodesAfter, relationshipsBefore, relationshipsAfter)
        {
            Retries = client.RetryCount - retriesBefore,
            Splits = tally.Splits,
        };
    }

    /// <summary>One batch in its own implicit transaction; on a memory error, its two halves one after the other.</summary>
    private async Task WriteSplittingAsync(WriteBatch batch, Tally tally, CancellationToken ct)
    {
        var what = tally.Describe(batch);
        try
        {
            await client.RunAsync(batch.ParameterisedStatement, batch.Rows, what, ct).ConfigureAwait(false);
        }
        catch (Neo4jMemoryException e)
        {
            // The statement rolled back as a whole, so writing its halves is exact.
            var halves = batch.Split() ?? throw new Neo4jMemoryException(
                $"{e.Message} (a single row: raise the server's db.memory.transaction.max / dbms.memory.transaction.total.max)", e.Code);
            tally.Splits++;
            await WriteSplittingAsync(halves.First, tally, ct).ConfigureAwait(false);
            await WriteSplittingAsync(halves.Second, tally, ct).ConfigureAwait(false);
            return;
        }
        tally.Done(batch);
    }

    private async Task WriteInOneTransactionAsync(IEnumerable<WriteBatch> batches, Tally tally, CancellationToken ct)
    {
        await using var transaction = await client.BeginAsync(ct).ConfigureAwait(false);
        foreach (var batch in batches)
        {
            try
            {
                await transaction.RunAsync(batch.ParameterisedStatement, batch.Rows, tally.Describe(batch), ct).ConfigureAwait(false);
            }
            catch (Neo4jMemoryException e)
            {
                throw new Neo4jMemoryException(
                    $"{e.Message} (one transaction holds the whole load: load without --single-transaction, or raise db.memory.transaction.max)", e.Code);
            }
            tally.Done(batch);
        }
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private async Task<long> CountAsync(string statement, CancellationToken ct) =>
        (await client.RunAsync(statement, null, "Counting", ct).ConfigureAwait(false)).SingleLong();

    /// <summary>Rows and batches written so far, for progress and the result.</summary>
    private sealed class Tally(int total, IProgress<LoadProgress>? progress)
    {
        public int Total { get; } = total;
        public int Rows { get; private set; }
        public int Batches { get; private set; }
        public int Splits { get; set; }

        public string Describe(WriteBatch batch) => $"Writing {batch.Kind} (batch {Batches + 1}, {batch.Units} rows)";

        public void Done(WriteBatch batch)
        {
            Rows += batch.Units;
            Batches++;
            progress?.Report(new LoadProgress(batch.Kind, Rows, Total));
        }

        public void Reset() => (Rows, Batches) = (0, 0);
    }
}
