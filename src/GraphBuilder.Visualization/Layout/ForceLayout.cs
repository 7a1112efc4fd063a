namespace GraphBuilder.Visualization.Layout;

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold forces, Barnes–Hut repulsion,
/// O(n log n) per iteration) for graphs too large to lay out in the browser. There is no randomness:
/// nodes start on a sunflower spiral in breadth-first order from the best-connected node, so
/// neighbours start close, and every step is plain IEEE arithmetic, so the same graph always gets
/// the same coordinates.
/// </summary>
public static class ForceLayout
{
    /// <summary>The ideal distance between two linked nodes, in page pixels.</summary>
    public const double IdealEdgeLength = 100;

    private const double Theta = 1.2;
    private const double Gravity = 0.02;

    /// <summary>Positions for nodes 0..nodeCount-1 linked by the given (source, target) pairs.</summary>
    public static LayoutPoint[] Compute(int nodeCount, IReadOnlyList<(int Source, int Target)> links, int iterations = 120)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentNullException.ThrowIfNull(links);
        var k = IdealEdgeLength;
        var x = new double[nodeCount];
        var y = new double[nodeCount];
        var order = SpiralOrder.BreadthFirst(nodeCount, links);
        for (var rank = 0; rank < nodeCount; rank++)
        {
            // Sunflower (phyllotaxis) spiral: even density, no two nodes on the same spot.
            var radius = k * 0.6 * Math.Sqrt(rank + 0.5);
            var angle = rank * 2.399963229728653;
            x[order[rank]] = radius * Math.Cos(angle);
            y[order[rank]] = radius * Math.Sin(angle);
        }
        var dx = new double[nodeCount];
        var dy = new double[nodeCount];
        var tree = new BarnesHutTree(nodeCount);
        var temperature = k * Math.Sqrt(nodeCount) / 8;
        var cooling = Math.Pow(0.01, 1.0 / Math.Max(1, iterations));
        for (var it = 0; it < iterations; it++)
        {
            tree.Build(x, y);
            for (var i = 0; i < nodeCount; i++)
            {
                double fx = 0, fy = 0;
                tree.Repulse(i, x, y, k * k, Theta, ref fx, ref fy);
                dx[i] = fx - Gravity * x[i];
                dy[i] = fy - Gravity * y[i];
            }
            foreach (var (s, t) in links)
            {
                if (s == t) continue;
                var ex = x[s] - x[t];
                var ey = y[s] - y[t];
                var f = Math.Sqrt(ex * ex + ey * ey) / k;
                dx[s] -= ex * f; dy[s] -= ey * f;
                dx[t] += ex * f; dy[t] += ey * f;
            }
            for (var i = 0; i < nodeCount; i++)
            {
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length == 0) continue;
                var step = Math.Min(length, temperature) / length;
                x[i] += dx[i] * step;
                y[i] += dy[i] * step;
            }
            temperature *= cooling;
        }
        var points = new LayoutPoint[nodeCount];
        for (var i = 0; i < nodeCount; i++) points[i] = new LayoutPoint(Math.Round(x[i]), Math.Round(y[i]));
        return points;
    }
}
