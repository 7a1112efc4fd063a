using GraphBuilder.Neo4j.Cypher;

namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// An open explicit transaction of the Query API: statements are POSTed to <c>tx/{id}</c>,
/// committed with <c>tx/{id}/commit</c> and rolled back with DELETE. Every request replays the
/// <c>neo4j-cluster-affinity</c> header the server sent. Disposing without commit rolls back.
/// </summary>
public sealed class ExplicitTransaction : IAsyncDisposable
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly QueryApiClient _client;
    private bool _finished;

    internal ExplicitTransaction(QueryApiClient client, string id, string? affinity)
    {
        _client = client;
        Id = id;
        Affinity = affinity;
    }

    public string Id { get; }
    public string? Affinity { get; private set; }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyList<CypherRow>? rows, string what, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            var result = await _client.SendAsync(HttpMethod.Post, _client.Connection.TransactionEndpoint(Id),
                QueryRequestBody.Create(statement, rows), Affinity, what, cancellationToken).ConfigureAwait(false);
            Affinity = result.ClusterAffinity ?? Affinity;
            return result;
        }
        catch
        {
            // Neo4j closes a transaction whose statement failed; make sure it is gone.
            await RollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        await _client.SendAsync(HttpMethod.Post, _client.Connection.TransactionEndpoint(Id, commit: true), null, Affinity,
            "Committing the transaction", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Best-effort rollback: failures are ignored (the server also expires idle transactions).</summary>
    public async Task RollbackAsync()
    {
        if (_finished) return;
        _finished = true;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _client.SendAsync(HttpMethod.Delete, _client.Connection.TransactionEndpoint(Id), null, Affinity, "Rolling back", cts.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
        {
            // The transaction times out on the server anyway.
        }
    }

    public async ValueTask DisposeAsync() => await RollbackAsync().ConfigureAwait(false);
}
