using GraphBuilder.Neo4j.Http;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>Query API clients for the fake server: short timeouts and delays so retry tests run fast.</summary>
public static class Clients
{
    public const string Password = "s3cr3t-Pa55word!";

    private static readonly Neo4jHttpClientFactory Factory = new();

    public static QueryApiClient For(FakeQueryApi server, int maxRetries = 3, double timeoutSeconds = 5, string? password = Password,
        List<RetryNotice>? retries = null, List<WaitNotice>? waits = null, double waitNoticeSeconds = 10) =>
        For(server.BaseUri, maxRetries, timeoutSeconds, password, retries, waits, waitNoticeSeconds);

    public static QueryApiClient For(string uri, int maxRetries = 3, double timeoutSeconds = 5, string? password = Password,
        List<RetryNotice>? retries = null, List<WaitNotice>? waits = null, double waitNoticeSeconds = 10, HttpClient? http = null) =>
        new(http ?? Factory.CreateClient(), new Neo4jConnection(uri, "neo4j", "neo4j", password)
        {
            MaxRetries = maxRetries,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            WaitNoticeInterval = TimeSpan.FromSeconds(waitNoticeSeconds),
        }, n => { lock (retries ?? []) retries?.Add(n); }, n => { lock (waits ?? []) waits?.Add(n); });
}
