using System.Collections.Concurrent;
using GraphBuilder.Core.Graph;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Rdf.Mapping;

/// <summary>
/// Turns the mapper's push stream into a pull stream of quads, for consumers that read (the SPARQL
/// publisher): the mapper runs on a worker thread into a bounded queue, so memory stays at
/// <c>capacity</c> quads whatever the graph's size. Abandoning the enumeration stops the mapper.
/// </summary>
public static class QuadStream
{
    public static IEnumerable<Quad> Of(KnowledgeGraph graph, KnowledgeGraphMapper mapper, RdfLayout layout, int capacity = 4096)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        return Enumerate(graph, mapper, layout, capacity);
    }

    private static IEnumerable<Quad> Enumerate(KnowledgeGraph graph, KnowledgeGraphMapper mapper, RdfLayout layout, int capacity)
    {
        using var stop = new CancellationTokenSource();
        using var queue = new BlockingCollection<Quad>(capacity);
        var producer = Task.Run(() =>
        {
            try { mapper.Write(graph, new QueueSink(queue, stop.Token), layout, stop.Token); }
            finally { queue.CompleteAdding(); }
        });
        try
        {
            foreach (var quad in queue.GetConsumingEnumerable()) yield return quad;
            producer.GetAwaiter().GetResult(); // rethrows a mapper failure
        }
        finally
        {
            stop.Cancel();
            try { producer.Wait(); }
            catch (AggregateException e) when (e.InnerException is OperationCanceledException) { }
        }
    }

    private sealed class QueueSink(BlockingCollection<Quad> queue, CancellationToken cancellationToken) : IRdfSink
    {
        public void Start() { }

        public void Prefix(string prefix, Iri namespaceIri) { }

        public void Triple(in Triple triple) => queue.Add(triple.InGraph(null), cancellationToken);

        public void Quad(in Quad quad) => queue.Add(quad, cancellationToken);

        public void Finish() { }
    }
}
