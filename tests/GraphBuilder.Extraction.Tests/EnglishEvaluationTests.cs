using GraphBuilder.Extraction.Evaluation;
using GraphBuilder.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace GraphBuilder.Extraction.Tests;

/// <summary>The extractor on English articles about other countries and leaders, against their gold annotation.</summary>
public sealed class EnglishEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_EnglishArticles_F1AtLeastSeventyFive()
    {
        var report = Evaluator.Evaluate(Ex.Pipeline, GoldStandard.Load(Ex.Gold("en.tsv"), Ex.Data.Predicates), Ex.Read(Ex.EnglishCorpus));
        output.WriteLine(report.Format());
        Assert.True(report.Overall.Gold >= 40, "the gold file should cover all English articles");
        Assert.True(report.Overall.F1 >= 0.75, $"English F1 {report.Overall.F1:0.000} < 0.75\n{report.Format()}");
    }
}
