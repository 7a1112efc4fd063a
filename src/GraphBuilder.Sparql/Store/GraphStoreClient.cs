using System.Net.Http.Headers;
using System.Text;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.Sparql.Http;
using Polly;

namespace GraphBuilder.Sparql.Store;

/// <summary>
/// SPARQL 1.1 Graph Store HTTP Protocol client (indirect graph identification:
/// <c>{store}?graph={iri}</c>). PUT replaces a graph, so re-publishing never duplicates it.
/// Bodies are sent as Turtle (N-Triples is a subset), UTF-8.
/// </summary>
public sealed class GraphStoreClient
{
    private readonly HttpClient _http;
    private readonly string _storeUrl;
    private readonly SparqlClientOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _idempotent;
    private readonly ResiliencePipeline<HttpResponseMessage> _append;

    public GraphStoreClient(HttpClient http, string storeUrl, SparqlClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrEmpty(storeUrl);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _storeUrl = storeUrl;
        _options = options;
        _idempotent = HttpRetry.Create(options);
        _append = HttpRetry.Create(options, retryServerErrors: false);
    }

    /// <summary>Replaces <paramref name="graph"/> (the default graph when null) with <paramref name="turtle"/>.</summary>
    public Task ReplaceAsync(Iri? graph, string turtle, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, graph, turtle, _idempotent, ct);

    /// <summary>Adds <paramref name="turtle"/> to <paramref name="graph"/>.</summary>
    public Task AppendAsync(Iri? graph, string turtle, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, graph, turtle, _append, ct);

    /// <summary>Deletes <paramref name="graph"/>; a missing graph (404) is not an error.</summary>
    public async Task DeleteAsync(Iri graph, CancellationToken ct = default)
    {
        using var response = await _idempotent.ExecuteAsync(
            async token => await _http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, GraphUrl(graph)), token).ConfigureAwait(false), ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.NotFound)
            throw await SparqlHttpException.FromResponseAsync($"DELETE graph {graph}", response, ct).ConfigureAwait(false);
    }

    /// <summary>The request URL for a graph, e.g. <c>http://host/sparql-graph-crud-auth?graph=https%3A...</c>.</summary>
    public string GraphUrl(Iri? graph)
    {
        var separator = _storeUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return graph is null
            ? $"{_storeUrl}{separator}default"
            : $"{_storeUrl}{separator}{_options.GraphParameter}={Uri.EscapeDataString(graph.Value)}";
    }

    private async Task SendAsync(HttpMethod method, Iri? graph, string turtle, ResiliencePipeline<HttpResponseMessage> pipeline, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(turtle);
        var bytes = Encoding.UTF8.GetBytes(turtle);
        var url = GraphUrl(graph);
        using var response = await pipeline.ExecuteAsync(async token =>
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/turtle") { CharSet = "utf-8" };
            using var request = new HttpRequestMessage(method, url) { Content = content };
            return await _http.SendAsync(request, token).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw await SparqlHttpException.FromResponseAsync($"{method} graph {graph?.ToString() ?? "(default)"}", response, ct).ConfigureAwait(false);
    }
}
