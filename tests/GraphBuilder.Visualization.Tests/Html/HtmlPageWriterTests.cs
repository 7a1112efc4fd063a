using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Core.Graph;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Html;
using GraphBuilder.Visualization.Layout;

namespace GraphBuilder.Visualization.Tests.Html;

public sealed class HtmlPageWriterTests
{
    private static string Write(KnowledgeGraph graph)
    {
        var writer = new StringWriter();
        HtmlPageWriter.Write(graph, writer);
        return writer.ToString();
    }

    private static List<string> InlineScripts(string html) =>
        Regex.Matches(html, "<script>(.*?)</script>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void Write_SeedLike_IsOneFileWithNoExternalResource()
    {
        var html = Write(TestGraphs.SeedLike());

        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.DoesNotMatch("<link[^>]+href=\"(?!data:)", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("cytoscape", html);
        Assert.Contains("\"name\":\"Kim Jong Un\"", html);
    }

    [Fact]
    public void Write_Always_AllowsExactlyItsOwnScriptsByHashAndNoNetwork()
    {
        var html = Write(TestGraphs.SeedLike());
        var csp = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;

        var hashes = Regex.Matches(csp, "'sha256-([^']+)'").Select(m => m.Groups[1].Value).ToList();
        var expected = InlineScripts(html).Select(s => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))).ToList();
        Assert.Equal(expected, hashes);
        Assert.Equal(PageAssets.LibraryNames.Count + 1, hashes.Count);
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_TortureGraph_DataCannotEscapeItsScriptElement()
    {
        var html = Write(TestGraphs.Torture());
        var data = Regex.Match(html, "<script type=\"application/json\" id=\"graph-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

        Assert.NotEmpty(data);
        Assert.DoesNotContain("<", data);
        Assert.DoesNotContain(">", data);
        Assert.DoesNotContain("onerror=alert", html.Replace(data, "", StringComparison.Ordinal));
        Assert.Equal(PageAssets.LibraryNames.Count + 1, InlineScripts(html).Count);
    }

    [Fact]
    public void Write_SameGraphTwice_ByteIdentical()
    {
        Assert.Equal(Write(TestGraphs.Torture()), Write(TestGraphs.Torture()));
    }

    [Fact]
    public void Write_LargeGraphTwice_ByteIdenticalWithItsLayout()
    {
        var graph = GeneratedGraphs.PreferentialAttachment(PrecomputedLayout.LargeGraphNodes + 100, 2);

        var html = Write(graph);
        var layout = Regex.Match(html, "<script type=\"application/json\" id=\"graph-layout\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

        Assert.StartsWith("[", layout);
        Assert.Equal(html, Write(graph));
    }

    [Fact]
    public void Write_SmallGraph_LeavesTheLayoutToThePage()
    {
        Assert.Contains("<script type=\"application/json\" id=\"graph-layout\">null</script>", Write(TestGraphs.SeedLike()));
    }

    [Fact]
    public void Write_EmptyGraph_StillWritesAWorkingPage()
    {
        var html = Write(KnowledgeGraph.Empty);

        Assert.Contains("\"entities\":[]", html);
        Assert.EndsWith("</html>\n", html);
    }
}
