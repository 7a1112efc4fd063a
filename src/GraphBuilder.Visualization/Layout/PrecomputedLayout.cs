using System.Globalization;
using System.Text;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Visualization.Layout;

/// <summary>
/// Decides whether graph.html gets its node positions at export time, and writes them. Above
/// <see cref="LargeGraphNodes"/> entities a layout in the browser takes many seconds, so the exporter
/// computes it with <see cref="ForceLayout"/> and the page places the nodes as given.
/// </summary>
public static class PrecomputedLayout
{
    /// <summary>Graphs with more entities than this get their layout at export time.</summary>
    public const int LargeGraphNodes = 800;

    /// <summary>
    /// The positions as a JSON array <c>[x0,y0,x1,y1,…]</c> of whole pixels in entity order, or
    /// <c>null</c> when the page should lay the graph out itself.
    /// </summary>
    public static string ToJson(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Entities.Length <= LargeGraphNodes) return "null";
        var index = new Dictionary<string, int>(graph.Entities.Length, StringComparer.Ordinal);
        for (var i = 0; i < graph.Entities.Length; i++) index[graph.Entities[i].Id] = i;
        var links = new List<(int, int)>(graph.Relations.Length);
        foreach (var relation in graph.Relations)
        {
            if (index.TryGetValue(relation.SubjectId, out var s) && index.TryGetValue(relation.ObjectId, out var o)) links.Add((s, o));
        }
        var points = ForceLayout.Compute(graph.Entities.Length, links);
        var json = new StringBuilder(points.Length * 12).Append('[');
        for (var i = 0; i < points.Length; i++)
        {
            if (i > 0) json.Append(',');
            json.Append(((long)points[i].X).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(((long)points[i].Y).ToString(CultureInfo.InvariantCulture));
        }
        return json.Append(']').ToString();
    }
}
