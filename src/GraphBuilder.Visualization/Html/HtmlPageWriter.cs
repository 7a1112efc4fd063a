using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Core.Graph;
using GraphBuilder.Visualization.Json;
using GraphBuilder.Visualization.Layout;

namespace GraphBuilder.Visualization.Html;

/// <summary>
/// Assembles graph.html: one self-contained file (library and page script inlined, graph data as
/// HTML-safe JSON in a non-executed script element) that works from file:// with no network.
/// Large graphs also carry node positions computed here (see <see cref="PrecomputedLayout"/>).
/// A Content-Security-Policy allows only the page's own scripts, by hash, and no network at all.
/// </summary>
public static partial class HtmlPageWriter
{
    public static void Write(KnowledgeGraph graph, TextWriter writer, PageAssets? assets = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        assets ??= PageAssets.Default;
        var scripts = assets.Libraries.Append(assets.AppScript).ToList();
        foreach (var script in scripts) EnsureInlinable(script);
        var layout = PrecomputedLayout.ToJson(graph);

        // The data is streamed item by item; its encoder escapes < > & and U+2028/9, so it cannot end the element.
        var values = new Dictionary<string, Action>(StringComparer.Ordinal)
        {
            ["CSP"] = () => writer.Write(ContentSecurityPolicy(scripts)),
            ["STYLE"] = () => writer.Write(assets.Style),
            ["DATA"] = () => GraphJsonSerializer.Write(PageData.For(graph), writer),
            ["LAYOUT"] = () => writer.Write(layout),
            ["SCRIPTS"] = () => { foreach (var s in scripts) writer.Write("<script>" + s + "</script>\n"); },
        };
        var position = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match marker in Marker().Matches(assets.Template))
        {
            var name = marker.Groups[1].Value;
            if (!values.TryGetValue(name, out var value) || !seen.Add(name))
                throw new InvalidOperationException($"Page template has an unknown or repeated marker @@{name}@@.");
            writer.Write(assets.Template.AsSpan(position, marker.Index - position));
            value();
            position = marker.Index + marker.Length;
        }
        if (seen.Count != values.Count)
            throw new InvalidOperationException("Page template lacks a marker: " + string.Join(", ", values.Keys.Except(seen)));
        writer.Write(assets.Template.AsSpan(position));
    }

    /// <summary>Only the given inline scripts may run (by SHA-256); nothing may be fetched.</summary>
    private static string ContentSecurityPolicy(IEnumerable<string> scripts)
    {
        var hashes = scripts.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'");
        return $"default-src 'none'; script-src {string.Join(' ', hashes)}; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";
    }

    /// <summary>Text inside a script element must not end the element or open an HTML comment.</summary>
    private static void EnsureInlinable(string script)
    {
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase) || script.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException("A script for graph.html contains \"</script\" or \"<!--\" and cannot be inlined safely.");
    }

    [GeneratedRegex("@@([A-Z]+)@@", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
