namespace GraphBuilder.Visualization.Layout;

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold forces, Barnes–Hut repulsion,
/// O(n log n) per iteration) for graphs too large to lay out in the browser. There is no randomness:
/// nodes start on a sunflower spiral in breadth-first order from the best-connected node, so
/// neighbours start close, and every step is plain IEEE arithmetic (+, −, ×, ÷ and square roots,
/// no library trigonometry or powers, which may differ between platforms in the last bit), so the
/// same graph always gets the same coordinates.
/// </summary>
public static class ForceLayout
{
    /// <summary>The ideal distance between two linked nodes, in page pixels.</summary>
    public const double IdealEdgeLength = 100;

    private const double Theta = 1.2;
    private const double Gravity = 0.02;
    private const double CosGoldenAngle = -0.7373688780783197; // cos(π(3 − √5))
    private const double SinGoldenAngle = 0.6754902942615238;  // sin(π(3 − √5))

    /// <summary>Positions for nodes 0..nodeCount-1 linked by the given (source, target) pairs.</summary>
    public static LayoutPoint[] Compute(int nodeCount, IReadOnlyList<(int Source, int Target)> links, int iterations = 120)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentNullException.ThrowIfNull(links);
        var k = IdealEdgeLength;
        var x = new double[nodeCount];
        var y = new double[nodeCount];
        var order = SpiralOrder.BreadthFirst(nodeCount, links);
        // Sunflower (phyllotaxis) spiral: even density, no two nodes on the same spot. The direction
        // turns by the golden angle each step, by rotating a unit vector.
        double cx = 1, cy = 0;
        for (var rank = 0; rank < nodeCount; rank++)
        {
            var radius = k * 0.6 * Math.Sqrt(rank + 0.5);
            x[order[rank]] = radius * cx;
            y[order[rank]] = radius * cy;
            (cx, cy) = (cx * CosGoldenAngle - cy * SinGoldenAngle, cx * SinGoldenAngle + cy * CosGoldenAngle);
        }
        var dx = new double[nodeCount];
        var dy = new double[nodeCount];
        var tree = new BarnesHutTree(nodeCount);
        var hottest = k * Math.Sqrt(nodeCount) / 8;
        for (var it = 0; it < iterations; it++)
        {
            // Linear cooling from the hottest step down to 1% of it.
            var temperature = hottest * (1 - 0.99 * it / iterations);
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
        }
        var points = new LayoutPoint[nodeCount];
        for (var i = 0; i < nodeCount; i++) points[i] = new LayoutPoint(Math.Round(x[i]), Math.Round(y[i]));
        return points;
    }
}
