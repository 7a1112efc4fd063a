using GraphBuilder.Nlp.Evaluation;

namespace GraphBuilder.Nlp.Tests.Evaluation;

public class EntityScorerTests
{
    private static string[] T(string tags) => tags.Split(' ');

    [Fact]
    public void Add_HandMadeCases_EntityLevelCounts()
    {
        var scorer = new EntityScorer();
        scorer.Add(T("B-PER I-PER O B-LOC"), T("B-PER I-PER O B-LOC"));   // 2 right
        scorer.Add(T("B-PER I-PER O B-LOC"), T("B-PER O O B-ORG"));       // PER boundary wrong, LOC typed ORG
        scorer.Add(T("O O B-ORG"), T("O O O"));                          // ORG missed
        var overall = scorer.Overall;
        Assert.Equal((2, 2, 3), (overall.TruePositives, overall.FalsePositives, overall.FalseNegatives));
        Assert.Equal(0.5, overall.Precision, 6);
        Assert.Equal(0.4, overall.Recall, 6);
        Assert.Equal(2 * 0.5 * 0.4 / 0.9, overall.F1, 6);
        Assert.Equal(new EntityScore(1, 1, 1), scorer.ByType["PER"]);
        Assert.Equal(new EntityScore(0, 1, 1), scorer.ByType["ORG"]);
    }

    [Fact]
    public void Format_LastLineIsOverall()
    {
        var scorer = new EntityScorer();
        scorer.Add(T("B-LOC O B-PER"), T("B-LOC O O"));
        var lines = scorer.Format().TrimEnd('\n').Split('\n');
        Assert.Equal("overall P=1.000 R=0.500 F1=0.667", lines[^1]);
        Assert.StartsWith("LOC      P=1.000 R=1.000 F1=1.000", lines[0]);
    }

    [Fact]
    public void Add_LengthMismatch_Throws() =>
        Assert.Throws<ArgumentException>(() => new EntityScorer().Add(T("O O"), T("O")));

    [Fact]
    public void Overall_NothingFoundNothingExpected_ZeroNotNaN()
    {
        var scorer = new EntityScorer();
        scorer.Add(T("O"), T("O"));
        Assert.Equal(0, scorer.Overall.F1);
    }
}
