using GraphBuilder.Core.Graph;
using GraphBuilder.Extraction.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Extraction.Tests.Pipeline;

public sealed class PipelineTests
{
    private static string Signature(Core.Documents.Document d) => string.Join("\n",
        d.Relations.Select(r => $"{r.SubjectId} {r.Predicate} {r.ObjectId} {r.Evidence.Span} {r.Evidence.Rule} {r.Evidence.Confidence} {r.Evidence.Attribution}")
            .Concat(d.Entities.Select(e => $"{e.Id} {e.Name} {string.Join('|', e.Aliases)} {e.Wikidata}")));

    [Fact]
    public void Process_ManyThreads_SameResultAsSequential()
    {
        var articles = Ex.Read(RepoPaths.Seeds).Concat(Ex.Read(Ex.EnglishCorpus)).ToList();
        var sequential = articles.Select(a => Signature(Ex.Pipeline.Process(a))).ToList();
        var parallel = new string[articles.Count * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Signature(Ex.Pipeline.Process(articles[i % articles.Count])));
        for (var i = 0; i < parallel.Length; i++) Assert.Equal(sequential[i % articles.Count], parallel[i]);
    }

    [Fact]
    public void Build_MissingOntologyDirectory_ThrowsNamingIt()
    {
        var e = Assert.ThrowsAny<Exception>(() => ExtractionPipelineBuilder.Build(new ExtractionOptions { OntologyDirectory = "/no/such/ontology" }));
        Assert.Contains("/no/such/ontology", e.Message);
    }

    [Fact]
    public void Accumulate_Seeds_RepeatedEvidenceCountsOnce()
    {
        var graph = new GraphAccumulator();
        foreach (var a in Ex.Read(RepoPaths.Seeds)) graph.Add(Ex.Pipeline.Process(a));
        var snapshot = graph.Snapshot();
        var support = snapshot.Relations.Single(r => r.SubjectId == "country/north-korea" && r.Predicate == Ex.Data.Predicates.Require("supports", "this test") && r.ObjectId == "country/russia");
        Assert.True(support.EvidenceCount >= 5, $"evidence {support.EvidenceCount}");
        Assert.Equal(5, support.ArticleIds.Length);
        Assert.Contains(snapshot.Entities, e => e.Id == "person/kim-jong-un");
    }
}
