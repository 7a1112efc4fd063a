using System.Net;
using Polly;
using Polly.Retry;

namespace GraphBuilder.Sparql.Http;

/// <summary>
/// Polly retry pipeline for SPARQL HTTP calls: retries network errors, timeouts, 408, 429 and
/// 5xx with exponential backoff. Safe because every request we send is idempotent (GET/query,
/// PUT replaces a graph); appends (POST) are only retried on failures before an answer.
/// </summary>
public static class HttpRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Create(SparqlClientOptions options, bool retryServerErrors = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TaskCanceledException>(ex => !ex.CancellationToken.IsCancellationRequested);
        if (retryServerErrors) handle = handle.HandleResult(IsTransient);
        return new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = handle,
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;
}
