namespace GraphBuilder.Visualization.Layout;

/// <summary>A node's position in page pixels (model coordinates of the graph view).</summary>
public readonly record struct LayoutPoint(double X, double Y);
