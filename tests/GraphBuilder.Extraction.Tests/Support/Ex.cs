using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Extraction.Tests.Support;

/// <summary>The repository's ontology data and pipeline, loaded once for all tests; helpers to make articles.</summary>
public static class Ex
{
    private static readonly Lazy<ExtractionData> LazyData = new(() => ExtractionData.Load(RepoPaths.Ontology));
    private static readonly Lazy<DocumentPipeline> LazyPipeline = new(() => ExtractionPipelineBuilder.Build(Data, "id"));

    public static ExtractionData Data => LazyData.Value;
    public static DocumentPipeline Pipeline => LazyPipeline.Value;

    public static string Gold(string name) => Path.Combine(RepoPaths.Root, "tests", "gold", name);

    public static string EnglishCorpus => Path.Combine(RepoPaths.Root, "tests", "corpus", "en");

    public static string IndonesianCorpus => Path.Combine(RepoPaths.Root, "tests", "corpus", "id");

    public static Article Article(string text, string? language = null, DateOnly? published = null) =>
        new(ContentHash.ArticleId(text), "test", text, "test.txt") { Language = language, Published = published };

    public static Document Run(string text, string? language = null, DateOnly? published = null) =>
        Pipeline.Process(Article(text, language, published));

    /// <summary>Reads articles with the project's own Ingestion readers.</summary>
    public static List<Article> Read(string path) =>
        [.. ArticleSource.Read([path]).Select(r => r.Article ?? throw new InvalidOperationException(r.ToString()))];

    /// <summary>Relations as "subject predicate object" strings (symmetric ones in id order) for readable assertions.</summary>
    public static List<string> Triples(Document document) =>
        [.. document.Relations.Select(r => r.Predicate.IsSymmetric && string.CompareOrdinal(r.SubjectId, r.ObjectId) > 0
                ? $"{r.ObjectId} {r.Predicate.LocalName} {r.SubjectId}"
                : $"{r.SubjectId} {r.Predicate.LocalName} {r.ObjectId}")
            .Distinct().Order(StringComparer.Ordinal)];
}
