using GraphBuilder.Rdf.Mapping;

namespace GraphBuilder.Rdf.Tests.Mapping;

public sealed class WebUrlTests
{
    [Theory]
    [InlineData("https://example.org/news/1", "https://example.org/news/1")] // ordinary
    [InlineData("HTTPS://example.org/a", "https://example.org/a")] // scheme lower-cased (Jena: LOWERCASE_PREFERRED)
    [InlineData("http://example.org:80/a", "http://example.org/a")] // default port dropped (Jena: DEFAULT_PORT_SHOULD_BE_OMITTED)
    [InlineData("https://example.org:8443/a", "https://example.org:8443/a")] // other port kept
    [InlineData("https://example.org/a?x=1&y=<2>", "https://example.org/a?x=1&y=%3C2%3E")] // forbidden characters encoded
    [InlineData(" https://kompas.tv/berita ", "https://kompas.tv/berita")] // surrounding spaces
    public void TryCreateIri_WebUrl_BecomesIri(string url, string expected)
    {
        Assert.True(WebUrl.TryCreateIri(url, out var iri));
        Assert.Equal(expected, iri.Value);
    }

    [Theory]
    [InlineData(null)] // absent
    [InlineData("kompas.tv/berita")] // no scheme
    [InlineData("http:example")] // no authority (Jena: REQUIRED_COMPONENT_MISSING)
    [InlineData("https://user@example.org/")] // user info (Jena: PROHIBITED_COMPONENT_PRESENT)
    [InlineData("https://example.org:abc/x")] // bad port
    [InlineData("javascript:alert(1)")] // not a web URL
    [InlineData("ftp://example.org/x")] // not http(s)
    public void TryCreateIri_NotAWebUrl_IsRejected(string? url)
    {
        Assert.False(WebUrl.TryCreateIri(url, out _));
    }
}
