using System.Net.Http.Headers;
using System.Text;
using GraphBuilder.Neo4j.Cypher;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// Client of Neo4j's HTTP Query API (<c>POST /db/{db}/query/v2</c>; explicit transactions under
/// <c>/db/{db}/query/v2/tx</c>). Each request is timed; <see cref="RunAsync"/> retries transient
/// failures (<c>Neo.TransientError.*</c>, 5xx, timeouts, refused connections) with exponential
/// backoff and jitter, and fails fast on everything else (authentication, syntax, constraints).
/// </summary>
public sealed class QueryApiClient
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;
    private readonly ResiliencePipeline _timeout;
    private readonly string? _authorization;
    private readonly Action<WaitNotice>? _onWaiting;
    private int _retries;

    public QueryApiClient(HttpClient http, Neo4jConnection connection, Action<RetryNotice>? onRetry = null, Action<WaitNotice>? onWaiting = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(connection);
        _http = http;
        _onWaiting = onWaiting;
        Connection = connection;
        _authorization = connection.Password is null ? null
            : Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.Password}"));
        _timeout = new ResiliencePipelineBuilder().AddTimeout(connection.RequestTimeout).Build();
        var retry = new ResiliencePipelineBuilder();
        if (connection.MaxRetries > 0)
        {
            retry.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<Neo4jTransientException>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = connection.MaxRetries,
                Delay = connection.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    Interlocked.Increment(ref _retries);
                    onRetry?.Invoke(new RetryNotice(args.AttemptNumber + 2, connection.MaxRetries + 1, args.RetryDelay,
                        args.Outcome.Exception?.Message ?? "unknown failure"));
                    return default;
                },
            });
        }
        _retry = retry.Build();
    }

    public Neo4jConnection Connection { get; }

    /// <summary>Retries made so far by this client.</summary>
    public int RetryCount => Volatile.Read(ref _retries);

    /// <summary>Runs one statement in an implicit (auto-commit) transaction, retrying transient failures.</summary>
    /// <param name="what">Names the work in error messages, e.g. "relations (MEETS), batch 3".</param>
    public Task<QueryResult> RunAsync(string statement, IReadOnlyList<CypherRow>? rows, string what, CancellationToken cancellationToken = default)
    {
        var body = QueryRequestBody.Create(statement, rows);
        return WithRetriesAsync(ct => SendAsync(HttpMethod.Post, Connection.QueryEndpoint, body, null, what, ct), cancellationToken);
    }

    /// <summary>Runs one statement with named parameters in an implicit transaction, retrying transient failures.</summary>
    public Task<QueryResult> QueryAsync(string statement, CypherRow parameters, string what, CancellationToken cancellationToken = default)
    {
        var body = QueryRequestBody.CreateWithParameters(statement, parameters);
        return WithRetriesAsync(ct => SendAsync(HttpMethod.Post, Connection.QueryEndpoint, body, null, what, ct), cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> with the retry policy; unreachable servers end as <see cref="Neo4jUnavailableException"/>.</summary>
    public async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await _retry.ExecuteAsync(async ct => await work(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new Neo4jUnavailableException(
                $"Neo4j at {Connection.BaseUri} did not answer within {Connection.RequestTimeout.TotalSeconds:0.###} s ({Connection.MaxRetries + 1} attempts).", e);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jUnavailableException(
                $"Cannot reach Neo4j at {Connection.BaseUri} ({e.Message}) after {Connection.MaxRetries + 1} attempts. Is the server running (docker compose up -d)?", e);
        }
    }

    /// <summary>Opens an explicit transaction (not retried on its own: retry the whole unit of work).</summary>
    public async Task<ExplicitTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        var result = await SendAsync(HttpMethod.Post, Connection.TransactionEndpoint(), QueryRequestBody.Empty, null, "Opening a transaction", cancellationToken).ConfigureAwait(false);
        var id = result.TransactionId ?? throw new Neo4jClientException($"{Connection.BaseUri} opened no transaction (no transaction id in the answer).");
        return new ExplicitTransaction(this, id, result.ClusterAffinity);
    }

    /// <summary>
    /// One timed HTTP exchange, no retries. Every POST carries a JSON body (an empty statement is <c>{}</c>)
    /// with <c>Content-Type: application/json</c>: Neo4j answers a bodiless POST with HTTP 500.
    /// </summary>
    internal Task<QueryResult> SendAsync(HttpMethod method, Uri uri, byte[]? body, string? affinity, string what, CancellationToken cancellationToken)
    {
        if (method == HttpMethod.Post && body is null) throw new ArgumentException("A Query API POST needs a JSON body.", nameof(body));
        return _timeout.ExecuteAsync(async ct =>
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (_authorization is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _authorization);
            if (affinity is not null) request.Headers.TryAddWithoutValidation(ExplicitTransaction.AffinityHeader, affinity);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }
            using var notes = WaitNotes.Start(_onWaiting, Connection, what);
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                var answeredAffinity = response.Headers.TryGetValues(ExplicitTransaction.AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
                return QueryResponseParser.Parse(response.StatusCode, text, answeredAffinity, Connection, what);
            }
            catch (OperationCanceledException e) when (!ct.IsCancellationRequested && e.InnerException is TimeoutException)
            {
                // SocketsHttpHandler's ConnectTimeout: no connection at all, which retrying may fix.
                throw new HttpRequestException($"no connection within {Connection.ConnectTimeout.TotalSeconds:0.###} s", e);
            }
        }, cancellationToken).AsTask();
    }
}
