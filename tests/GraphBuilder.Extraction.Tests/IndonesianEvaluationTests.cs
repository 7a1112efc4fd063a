using GraphBuilder.Extraction.Evaluation;
using GraphBuilder.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace GraphBuilder.Extraction.Tests;

/// <summary>The extractor on held-out Indonesian articles about other countries and leaders, against their gold annotation.</summary>
public sealed class IndonesianEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_IndonesianHeldOutArticles_F1AtLeastSeventyFive()
    {
        var report = Evaluator.Evaluate(Ex.Pipeline, GoldStandard.Load(Ex.Gold("id.tsv"), Ex.Data.Predicates), Ex.Read(Ex.IndonesianCorpus));
        output.WriteLine(report.Format());
        Assert.True(report.Overall.Gold >= 50, "the gold file should cover all Indonesian test articles");
        Assert.True(report.Overall.F1 >= 0.75, $"Indonesian F1 {report.Overall.F1:0.000} < 0.75\n{report.Format()}");
    }
}
