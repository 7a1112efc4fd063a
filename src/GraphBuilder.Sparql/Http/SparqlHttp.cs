using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace GraphBuilder.Sparql.Http;

/// <summary>
/// Creates the HttpClient used for SPARQL requests through IHttpClientFactory, with a primary
/// handler that answers authentication challenges with the configured credentials.
/// </summary>
public static class SparqlHttp
{
    public const string ClientName = "sparql";

    /// <summary>A service provider whose IHttpClientFactory serves the "sparql" client. Dispose it when done.</summary>
    public static ServiceProvider CreateServices(SparqlClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddHttpClient(ClientName, client => client.Timeout = options.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                Credentials = options.User is null ? null : new NetworkCredential(options.User, options.Password ?? ""),
                PreAuthenticate = false,
                AutomaticDecompression = DecompressionMethods.All,
            });
        return services.BuildServiceProvider();
    }

    public static HttpClient CreateClient(IServiceProvider services) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
}
