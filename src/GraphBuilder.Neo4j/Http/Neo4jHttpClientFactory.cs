using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// Creates the HttpClient for the Query API through Microsoft.Extensions.Http (pooled handlers).
/// The client has no timeout of its own: <see cref="QueryApiClient"/> times each request with Polly.
/// </summary>
public sealed class Neo4jHttpClientFactory : IDisposable
{
    private const string Name = "neo4j-query-api";
    private readonly ServiceProvider _services;

    public Neo4jHttpClientFactory()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(Name, client => client.Timeout = Timeout.InfiniteTimeSpan);
        _services = services.BuildServiceProvider();
    }

    public HttpClient CreateClient() => _services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);

    public void Dispose() => _services.Dispose();
}
