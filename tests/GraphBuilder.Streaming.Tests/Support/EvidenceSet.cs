using GraphBuilder.Core.Graph;
using GraphBuilder.Visualization.Json;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Streaming.Tests.Support;

/// <summary>Every piece of relation evidence of graph.json files as "subject|predicate|object @ article/sentence/span/rule", with repeats.</summary>
public static class EvidenceSet
{
    public static List<string> Of(KnowledgeGraph graph) =>
        [.. graph.Relations.SelectMany(r => r.Evidence.Select(e => $"{r.Key} @ {e.ArticleId}/{e.SentenceIndex}/{e.Span.Start}-{e.Span.End}/{e.Rule}"))];

    public static KnowledgeGraph Read(string file)
    {
        using var stream = File.OpenRead(file);
        return GraphJsonSerializer.Read(stream, TestOntology.Predicates);
    }

    /// <summary>The evidence of all per-article files in a worker's output directory, sorted.</summary>
    public static List<string> OfDirectory(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.json").SelectMany(f => Of(Read(f))).Order(StringComparer.Ordinal)];
}
