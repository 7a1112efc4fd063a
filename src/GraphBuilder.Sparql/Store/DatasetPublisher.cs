using GraphBuilder.Rdf.Parsing;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.Rdf.Writers;

namespace GraphBuilder.Sparql.Store;

/// <summary>
/// Publishes a dataset (a stream of quads, or an N-Quads file) to a Graph Store: each named graph is replaced
/// with PUT, so publishing twice leaves exactly one copy. Streams the file: quads are collected
/// only for the current run of one graph (our exports write each graph contiguously); if a graph
/// appears again later in the file, that later run is appended with POST after the first PUT.
/// </summary>
public sealed class DatasetPublisher(GraphStoreClient store)
{
    private readonly GraphStoreClient _store = store ?? throw new ArgumentNullException(nameof(store));

    /// <summary>Publishes every graph of <paramref name="nquadsPath"/>; <paramref name="published"/> is told after each upload.</summary>
    public async Task<IReadOnlyList<PublishedGraph>> PublishAsync(string nquadsPath, Action<PublishedGraph>? published = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(nquadsPath);
        using var reader = new StreamReader(nquadsPath, System.Text.Encoding.UTF8);
        return await PublishAsync(NQuadsParser.Parse(reader), published, ct).ConfigureAwait(false);
    }

    /// <summary>Publishes every graph of a quad stream (graphs written contiguously publish with one PUT each).</summary>
    public async Task<IReadOnlyList<PublishedGraph>> PublishAsync(IEnumerable<Quad> quads, Action<PublishedGraph>? published = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(quads);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<Iri?>();
        Iri? current = null;
        var started = false;
        var buffer = new StringWriter { NewLine = "\n" };
        var writer = new NTriplesWriter(buffer);
        var inRun = 0;

        async Task FlushAsync()
        {
            if (!started) return;
            var key = current?.Value ?? "";
            var seen = counts.TryGetValue(key, out var before);
            if (seen) await _store.AppendAsync(current, buffer.ToString(), ct).ConfigureAwait(false);
            else
            {
                await _store.ReplaceAsync(current, buffer.ToString(), ct).ConfigureAwait(false);
                order.Add(current);
            }
            counts[key] = before + inRun;
            published?.Invoke(new PublishedGraph(current, inRun));
            buffer.GetStringBuilder().Clear();
            inRun = 0;
        }

        foreach (var quad in quads)
        {
            ct.ThrowIfCancellationRequested();
            if (!started || quad.Graph != current)
            {
                await FlushAsync().ConfigureAwait(false);
                current = quad.Graph;
                started = true;
            }
            writer.Triple(quad.Triple);
            inRun++;
        }
        await FlushAsync().ConfigureAwait(false);
        return order.Select(g => new PublishedGraph(g, counts[g?.Value ?? ""])).ToList();
    }
}
