using System.Collections.Immutable;
using GraphBuilder.Core.Graph;

namespace GraphBuilder.Ingestion.Processing;

/// <summary>What an ingest run produced: the graph, counts, and every input problem.</summary>
public sealed record IngestReport(KnowledgeGraph Graph)
{
    /// <summary>Articles extracted in this run.</summary>
    public int ArticlesRead { get; init; }

    /// <summary>Articles replayed from an earlier run's store (<c>ingest --into</c>), not extracted again.</summary>
    public int ArticlesKept { get; init; }

    /// <summary>The record of every article in <see cref="Graph"/>, in article-id order (what the article store keeps); empty when <see cref="CorpusProcessor.Spill"/> took them.</summary>
    public ImmutableArray<ArticleContribution> Records { get; init; } = [];

    public int DuplicateArticles { get; init; }
    public long Sentences { get; init; }
    public long BytesRead { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>Inputs that could not be used: "path: reason", sorted.</summary>
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>Non-fatal notes from processing ("path: note"), sorted.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
