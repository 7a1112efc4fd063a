using GraphBuilder.Extraction.Evaluation;
using GraphBuilder.Extraction.Tests.Support;
using GraphBuilder.TestSupport;
using Xunit.Abstractions;

namespace GraphBuilder.Extraction.Tests;

/// <summary>The extractor against the hand-made gold annotation of the five seed articles.</summary>
public sealed class SeedEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_Seeds_F1AtLeastNinety()
    {
        var report = Evaluator.Evaluate(Ex.Pipeline, GoldStandard.Load(Ex.Gold("seeds.tsv"), Ex.Data.Predicates), Ex.Read(RepoPaths.Seeds));
        output.WriteLine(report.Format());
        Assert.True(report.Overall.Gold >= 50, "the gold file should cover all five seeds");
        Assert.True(report.Overall.F1 >= 0.9, $"seed F1 {report.Overall.F1:0.000} < 0.9\n{report.Format()}");
    }
}
