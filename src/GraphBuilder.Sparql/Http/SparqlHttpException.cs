using System.Net;

namespace GraphBuilder.Sparql.Http;

/// <summary>A SPARQL server answered with an error status; the message names the URL, status and the server's text.</summary>
public sealed class SparqlHttpException(string message, HttpStatusCode? status = null, Exception? inner = null) : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    public static async Task<SparqlHttpException> FromResponseAsync(string what, HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (body.Length > 600) body = body[..600] + "...";
        return new SparqlHttpException(
            $"{what} failed: {(int)response.StatusCode} {response.ReasonPhrase} from {response.RequestMessage?.RequestUri}. {body.Trim()}",
            response.StatusCode);
    }
}
