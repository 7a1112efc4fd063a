namespace GraphBuilder.Visualization.Layout;

/// <summary>Orders nodes so that linked nodes come close together: breadth-first, hubs first.</summary>
internal static class SpiralOrder
{
    /// <summary>
    /// Node indices in breadth-first order. Each component starts at its highest-degree node (lowest
    /// index on ties), components in order of their start; neighbours are visited by descending degree.
    /// </summary>
    public static int[] BreadthFirst(int nodeCount, IReadOnlyList<(int Source, int Target)> links)
    {
        var degree = new int[nodeCount];
        foreach (var (s, t) in links) { degree[s]++; degree[t]++; }
        var start = new int[nodeCount + 1];
        for (var i = 0; i < nodeCount; i++) start[i + 1] = start[i] + degree[i];
        var fill = start[..nodeCount];
        var neighbours = new int[start[nodeCount]];
        foreach (var (s, t) in links) { neighbours[fill[s]++] = t; neighbours[fill[t]++] = s; }
        var byDegree = Enumerable.Range(0, nodeCount).OrderByDescending(i => degree[i]).ThenBy(i => i).ToArray();
        for (var i = 0; i < nodeCount; i++)
        {
            Array.Sort(neighbours, start[i], degree[i], Comparer<int>.Create((a, b) => degree[a] != degree[b] ? degree[b] - degree[a] : a - b));
        }
        var order = new int[nodeCount];
        var seen = new bool[nodeCount];
        var head = 0;
        var tail = 0;
        foreach (var root in byDegree)
        {
            if (seen[root]) continue;
            seen[root] = true;
            order[tail++] = root;
            while (head < tail)
            {
                var node = order[head++];
                for (var a = start[node]; a < start[node + 1]; a++)
                {
                    if (seen[neighbours[a]]) continue;
                    seen[neighbours[a]] = true;
                    order[tail++] = neighbours[a];
                }
            }
        }
        return order;
    }
}
