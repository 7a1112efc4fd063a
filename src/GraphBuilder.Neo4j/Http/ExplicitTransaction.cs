using GraphBuilder.Neo4j.Cypher;

namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// An open explicit transaction of the Query API: statements are POSTed to <c>tx/{id}</c>,
/// committed with <c>tx/{id}/commit</c> and rolled back with DELETE. Every request replays the
/// <c>neo4j-cluster-affinity</c> header the server sent. Disposing without commit rolls back, unless
/// the server already ended the transaction by answering a statement with an error.
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
        catch (Neo4jException e) when (e.Code is not null)
        {
            // Neo4j answered with an error and has rolled the transaction back itself (a DELETE would be 404).
            _finished = true;
            throw;
        }
        catch
        {
            // No answer (timeout, connection lost, cancelled): the transaction may still be open; end it.
            await RollbackAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        await _client.SendAsync(HttpMethod.Post, _client.Connection.TransactionEndpoint(Id, commit: true), QueryRequestBody.Empty, Affinity,
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
