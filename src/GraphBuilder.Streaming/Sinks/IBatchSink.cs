using GraphBuilder.Core.Documents;

namespace GraphBuilder.Streaming.Sinks;

/// <summary>
/// Where a worker writes the documents of one fetched batch. <see cref="WriteAsync"/> returns only once
/// the writes are durable (committed, renamed into place); the worker acknowledges the batch's messages
/// after that, so a write must be idempotent: a batch can be written again after a crash.
/// </summary>
public interface IBatchSink
{
    /// <summary>Short description for logs, e.g. "Neo4j at http://...".</summary>
    string Name { get; }

    Task WriteAsync(IReadOnlyList<Document> documents, CancellationToken ct);
}
