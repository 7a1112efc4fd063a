using System.Net.Http.Headers;
using GraphBuilder.Sparql.Http;
using Polly;

namespace GraphBuilder.Sparql.Query;

/// <summary>
/// SPARQL 1.1 Protocol client: POSTs the query as an HTML form (query=...) and asks for JSON
/// results (SELECT/ASK) or N-Triples/Turtle (CONSTRUCT/DESCRIBE). Queries are read-only, so retried.
/// </summary>
public sealed class SparqlQueryClient
{
    private const string ResultsJson = "application/sparql-results+json";
    private readonly HttpClient _http;
    private readonly string _endpoint;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public SparqlQueryClient(HttpClient http, string endpoint, SparqlClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        _http = http;
        _endpoint = endpoint;
        _retry = HttpRetry.Create(options);
    }

    public async Task<SparqlResultSet> QueryAsync(string query, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        using var response = await _retry.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
            {
                Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("query", query)]),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ResultsJson));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/n-triples", 0.9));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/turtle", 0.8));
            return await _http.SendAsync(request, token).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw await SparqlHttpException.FromResponseAsync("SPARQL query", response, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (mediaType.Equals(ResultsJson, StringComparison.OrdinalIgnoreCase) || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            try { return SparqlResultsJson.Parse(body); }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new SparqlHttpException($"SPARQL query: {_endpoint} answered {mediaType} that is not SPARQL JSON results: {ex.Message}", null, ex);
            }
        }
        return new SparqlResultSet { Text = body, MediaType = mediaType };
    }
}
