using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Neo4j.Http;

/// <summary>
/// Creates the HttpClient for the Query API through Microsoft.Extensions.Http (pooled handlers).
/// The client has no timeout of its own: <see cref="QueryApiClient"/> times each request with Polly;
/// only opening a connection has its own, short limit (<see cref="Neo4jConnection.ConnectTimeout"/>).
/// </summary>
public sealed class Neo4jHttpClientFactory : IDisposable
{
    private const string Name = "neo4j-query-api";
    private readonly ServiceProvider _services;

    public Neo4jHttpClientFactory() : this(TimeSpan.FromSeconds(5)) { }

    public Neo4jHttpClientFactory(TimeSpan connectTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(connectTimeout, TimeSpan.Zero);
        var services = new ServiceCollection();
        services.AddHttpClient(Name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = connectTimeout });
        _services = services.BuildServiceProvider();
    }

    public HttpClient CreateClient() => _services.GetRequiredService<IHttpClientFactory>().CreateClient(Name);

    public void Dispose() => _services.Dispose();
}
