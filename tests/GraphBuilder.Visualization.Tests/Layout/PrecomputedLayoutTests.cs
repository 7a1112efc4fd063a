using System.Text.Json;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.Layout;

namespace GraphBuilder.Visualization.Tests.Layout;

public sealed class PrecomputedLayoutTests
{
    [Fact]
    public void ToJson_SmallGraph_NullSoThePageLaysItOut()
    {
        Assert.Equal("null", PrecomputedLayout.ToJson(TestGraphs.SeedLike()));
    }

    [Fact]
    public void ToJson_LargeGraph_TwoWholeNumbersPerEntity()
    {
        var graph = GeneratedGraphs.PreferentialAttachment(PrecomputedLayout.LargeGraphNodes + 1, 2);

        var values = JsonSerializer.Deserialize<double[]>(PrecomputedLayout.ToJson(graph))!;

        Assert.Equal(2 * graph.Entities.Length, values.Length);
        Assert.All(values, v => Assert.Equal(Math.Round(v), v));
        Assert.True(values.Distinct().Count() > graph.Entities.Length / 2);
    }
}
