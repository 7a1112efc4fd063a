using GraphBuilder.Visualization.Layout;

namespace GraphBuilder.Visualization.Tests.Layout;

public sealed class ForceLayoutTests
{
    private static (int, int)[] Links(int nodeCount) =>
        [.. GeneratedGraphs.PreferentialAttachment(nodeCount, 2).Relations.Select(r => (Index(r.SubjectId), Index(r.ObjectId)))];

    // Generated ids end in the node's number: ".../entity-00042".
    private static int Index(string id) => int.Parse(id[^5..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Compute_SameGraphTwice_IdenticalPositions()
    {
        var links = Links(1500);

        Assert.Equal(ForceLayout.Compute(1500, links), ForceLayout.Compute(1500, links));
    }

    [Fact]
    public void Compute_GeneratedGraph_LinkedNodesCloserThanRandomPairs()
    {
        var links = Links(2000);
        var points = ForceLayout.Compute(2000, links);

        var linked = links.Average(l => Distance(points[l.Item1], points[l.Item2]));
        var random = Enumerable.Range(0, 2000).Average(i => Distance(points[i], points[(i * 7919 + 13) % 2000]));
        Assert.True(linked * 2 < random, $"linked pairs {linked:F0} px apart on average, random pairs {random:F0} px");
    }

    [Fact]
    public void Compute_GeneratedGraph_SpreadsNodesApart()
    {
        var points = ForceLayout.Compute(2000, Links(2000));

        var distinct = points.Distinct().Count();
        var tooClose = points.Select((p, i) => points.Where((q, j) => j != i).Min(q => Distance(p, q))).Count(d => d < 5);
        Assert.Equal(points.Length, distinct);
        Assert.True(tooClose < points.Length / 50, $"{tooClose} of {points.Length} nodes have a neighbour within 5 px");
    }

    [Fact]
    public void Compute_NoNodes_NoPositions()
    {
        Assert.Empty(ForceLayout.Compute(0, []));
    }

    private static double Distance(LayoutPoint a, LayoutPoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}
