using System.Collections.Immutable;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Ingestion.Processing;

/// <summary>What an ingest run produced: the graph, counts, and every input problem.</summary>
public sealed record IngestReport(KnowledgeGraph Graph)
{
    public int ArticlesRead { get; init; }
    public int DuplicateArticles { get; init; }
    public long Sentences { get; init; }
    public long BytesRead { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Inputs that could not be used: "path: reason", sorted.</summary>
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>Non-fatal notes from processing ("path: note"), sorted.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
