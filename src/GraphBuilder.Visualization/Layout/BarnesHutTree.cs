namespace GraphBuilder.Visualization.Layout;

/// <summary>
/// A quadtree over 2-D points for Barnes–Hut approximation: every cell stores the number of points
/// and their centre of mass, so a far-away cell repels as one body. Built by in-place partitioning
/// of an index array (O(n log n)); rebuilt for every layout iteration with no allocation after the first.
/// </summary>
internal sealed class BarnesHutTree
{
    private const int LeafSize = 4;
    private const int MaxDepth = 32;

    private readonly int[] _order;
    private int[] _first = new int[64];
    private int[] _count = new int[64];
    private int[] _child = new int[64 * 4];
    private double[] _massX = new double[64];
    private double[] _massY = new double[64];
    private double[] _size = new double[64];
    private int _cells;

    public BarnesHutTree(int pointCount) => _order = new int[pointCount];

    /// <summary>Rebuilds the tree over the points (x[i], y[i]).</summary>
    public void Build(double[] x, double[] y)
    {
        _cells = 0;
        if (_order.Length == 0) return;
        double minX = x[0], maxX = x[0], minY = y[0], maxY = y[0];
        for (var i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
            minX = Math.Min(minX, x[i]); maxX = Math.Max(maxX, x[i]);
            minY = Math.Min(minY, y[i]); maxY = Math.Max(maxY, y[i]);
        }
        var size = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-6);
        AddCell(x, y, 0, _order.Length, minX, minY, size, 0);
    }

    /// <summary>
    /// Adds to (fx, fy) the repulsion that all other points exert on point i: strength / distance,
    /// along the line between them. Cells seen under an angle below theta count as one body.
    /// </summary>
    public void Repulse(int i, double[] x, double[] y, double strength, double theta, ref double fx, ref double fy)
    {
        if (_cells == 0) return;
        Span<int> stack = stackalloc int[MaxDepth * 4 + 8];
        var top = 0;
        stack[top++] = 0;
        var theta2 = theta * theta;
        while (top > 0)
        {
            var cell = stack[--top];
            var dx = x[i] - _massX[cell];
            var dy = y[i] - _massY[cell];
            var d2 = dx * dx + dy * dy;
            if (_child[cell * 4] < 0 && _child[cell * 4 + 1] < 0 && _child[cell * 4 + 2] < 0 && _child[cell * 4 + 3] < 0)
            {
                for (var a = _first[cell]; a < _first[cell] + _count[cell]; a++) Push(_order[a], i, x, y, strength, ref fx, ref fy);
                continue;
            }
            if (_size[cell] * _size[cell] < theta2 * d2)
            {
                var f = strength * _count[cell] / d2;
                fx += dx * f;
                fy += dy * f;
                continue;
            }
            for (var q = 0; q < 4; q++)
            {
                if (_child[cell * 4 + q] >= 0) stack[top++] = _child[cell * 4 + q];
            }
        }
    }

    private static void Push(int j, int i, double[] x, double[] y, double strength, ref double fx, ref double fy)
    {
        if (j == i) return;
        var dx = x[i] - x[j];
        var dy = y[i] - y[j];
        var d2 = dx * dx + dy * dy;
        if (d2 < 1e-4)
        {
            // Coincident points: push apart along a direction fixed by their indices (deterministic).
            dx = i < j ? -0.01 : 0.01;
            dy = ((i * 31 + j) % 7 - 3) * 0.003;
            d2 = dx * dx + dy * dy;
        }
        var f = strength / d2;
        fx += dx * f;
        fy += dy * f;
    }

    private int AddCell(double[] x, double[] y, int first, int count, double left, double top, double size, int depth)
    {
        var cell = _cells++;
        EnsureCapacity(_cells);
        _first[cell] = first;
        _count[cell] = count;
        _size[cell] = size;
        double sx = 0, sy = 0;
        for (var a = first; a < first + count; a++) { sx += x[_order[a]]; sy += y[_order[a]]; }
        _massX[cell] = sx / count;
        _massY[cell] = sy / count;
        for (var q = 0; q < 4; q++) _child[cell * 4 + q] = -1;
        if (count <= LeafSize || depth >= MaxDepth) return cell;

        var half = size / 2;
        var midX = left + half;
        var midY = top + half;
        // Partition into quadrants 0 (left-top), 1 (right-top), 2 (left-bottom), 3 (right-bottom).
        var split = Partition(y, first, first + count, midY);
        var leftTop = Partition(x, first, split, midX);
        var leftBottom = Partition(x, split, first + count, midX);
        ReadOnlySpan<(int From, int To, double Left, double Top)> quadrants =
        [
            (first, leftTop, left, top), (leftTop, split, midX, top),
            (split, leftBottom, left, midY), (leftBottom, first + count, midX, midY),
        ];
        for (var q = 0; q < 4; q++)
        {
            var (from, to, l, t) = quadrants[q];
            if (to > from)
            {
                var c = AddCell(x, y, from, to - from, l, t, half, depth + 1);
                _child[cell * 4 + q] = c;
            }
        }
        return cell;
    }

    /// <summary>Moves the points whose coordinate is below the split to the front of [from, to).</summary>
    private int Partition(double[] coordinate, int from, int to, double split)
    {
        var store = from;
        for (var a = from; a < to; a++)
        {
            if (coordinate[_order[a]] >= split) continue;
            (_order[a], _order[store]) = (_order[store], _order[a]);
            store++;
        }
        return store;
    }

    private void EnsureCapacity(int cells)
    {
        if (cells <= _first.Length) return;
        var capacity = _first.Length * 2;
        Array.Resize(ref _first, capacity);
        Array.Resize(ref _count, capacity);
        Array.Resize(ref _child, capacity * 4);
        Array.Resize(ref _massX, capacity);
        Array.Resize(ref _massY, capacity);
        Array.Resize(ref _size, capacity);
    }
}
