using GraphBuilder.Rdf.Mapping;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Mapping;

public sealed class QuadStreamTests
{
    private static readonly KnowledgeGraphMapper Mapper = new(new RdfIris(RdfFixtures.Settings.BaseIri));

    [Theory]
    [InlineData(RdfLayout.NamedGraphs, 1)] // a queue of one: the worker waits for every quad
    [InlineData(RdfLayout.NamedGraphs, 4096)]
    [InlineData(RdfLayout.SingleGraph, 7)]
    public void Of_Graph_YieldsTheMappersQuadsInOrder(RdfLayout layout, int capacity)
    {
        var sink = new CollectingSink();
        Mapper.Write(TestGraphs.Torture(), sink, layout);

        var pulled = QuadStream.Of(TestGraphs.Torture(), Mapper, layout, capacity).ToList();

        Assert.NotEmpty(pulled);
        Assert.Equal(sink.Quads, pulled);
    }

    [Fact]
    public void Of_AbandonedAfterThreeQuads_ReturnsAndStopsTheWorker()
    {
        var taken = QuadStream.Of(TestGraphs.Torture(), Mapper, RdfLayout.NamedGraphs, capacity: 1).Take(3).ToList();

        Assert.Equal(3, taken.Count); // would hang if the worker were left blocked on the full queue
    }
}
