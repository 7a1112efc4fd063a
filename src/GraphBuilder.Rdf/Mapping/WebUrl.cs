using GraphBuilder.Rdf.Escaping;
using GraphBuilder.Rdf.Terms;

namespace GraphBuilder.Rdf.Mapping;

/// <summary>
/// Turns an article URL from metadata into an IRI only when strict RDF tools accept it without
/// warnings: http or https (scheme lower-cased), a host, no user info, a numeric non-default port.
/// Characters IRIs forbid are percent-encoded; anything else is left as the author wrote it.
/// </summary>
public static class WebUrl
{
    public static bool TryCreateIri(string? url, out Iri iri)
    {
        iri = null!;
        if (string.IsNullOrWhiteSpace(url)) return false;
        url = url.Trim();
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0) return false;
        var scheme = url[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("http" or "https")) return false;
        var rest = url[(schemeEnd + 3)..];
        var authorityEnd = rest.IndexOfAny(['/', '?', '#']);
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var path = authorityEnd < 0 ? "" : rest[authorityEnd..];
        if (authority.Length == 0 || authority.Contains('@')) return false;
        var colon = authority.LastIndexOf(':');
        if (colon >= 0 && !authority.EndsWith(']'))
        {
            var port = authority[(colon + 1)..];
            if (port.Length == 0 || port.AsSpan().ContainsAnyExceptInRange('0', '9')) return false;
            if ((scheme == "http" && port == "80") || (scheme == "https" && port == "443")) authority = authority[..colon];
        }
        if (authority.Length == 0 || authority.StartsWith(':')) return false;
        return Iri.TryCreate($"{scheme}://{RdfEscape.ToIriCharacters(authority)}{RdfEscape.ToIriCharacters(path)}", out iri);
    }
}
