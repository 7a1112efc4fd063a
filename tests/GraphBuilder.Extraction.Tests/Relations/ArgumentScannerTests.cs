using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Relations;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>The slot scans in both directions, on hand-made sentences.</summary>
public sealed class ArgumentScannerTests
{
    private static List<string> Texts(Document d, IEnumerable<ArgumentUnit>? units) =>
        [.. (units ?? []).Select(u => d.Mentions.First(m => m.EntityId == u.Entities[0].Id).Text)];

    [Fact]
    public void Right_HeadNounAndModifiers_ReachTheOwner()
    {
        var d = Document("They accused government new Germany.", Country("Germany"));

        var (units, next) = ArgumentScanner.Right(Context(d, LeftRulesTests.Lexicon), Token(d, "government"), coordinate: true);

        Assert.Equal(["Germany"], Texts(d, units));
        Assert.Equal(Token(d, "."), next);
    }

    [Fact]
    public void Right_CommaListWithoutConjunction_KeepsOnlyTheFirst()
    {
        var d = Document("They accused Germany, Italy said.", Country("Germany"), Country("Italy"));

        var (units, _) = ArgumentScanner.Right(Context(d, LeftRulesTests.Lexicon), Token(d, "Germany"), coordinate: true);

        Assert.Equal(["Germany"], Texts(d, units));
    }

    [Fact]
    public void Right_ListEndingInConjunction_KeepsEvery()
    {
        var d = Document("They accused Germany, Italy and Spain.", Country("Germany"), Country("Italy"), Country("Spain"));

        var (units, _) = ArgumentScanner.Right(Context(d, LeftRulesTests.Lexicon), Token(d, "Germany"), coordinate: true);

        Assert.Equal(["Germany", "Italy", "Spain"], Texts(d, units));
    }

    [Fact]
    public void Right_NoUnit_NullAndWhereItStopped()
    {
        var d = Document("They accused nobody.");

        var (units, next) = ArgumentScanner.Right(Context(d, LeftRulesTests.Lexicon), Token(d, "nobody"), coordinate: true);

        Assert.Null(units);
        Assert.Equal(Token(d, "nobody"), next);
    }

    [Fact]
    public void Left_SkipWordsThenUnit_Found()
    {
        var d = Document("France also agreed to support Germany.", Country("France"), Country("Germany"));

        Assert.Equal(["France"], Texts(d, ArgumentScanner.Left(Context(d, LeftRulesTests.Lexicon), Token(d, "to"), gap: 0)));
    }

    [Fact]
    public void Left_PlainWordWithoutGap_NotFound()
    {
        var d = Document("France yesterday quickly accused Germany.", Country("France"), Country("Germany"));
        var c = Context(d, LeftRulesTests.Lexicon);

        Assert.Null(ArgumentScanner.Left(c, Token(d, "quickly"), gap: 0));
        Assert.Equal(["France"], Texts(d, ArgumentScanner.Left(c, Token(d, "quickly"), gap: 2)));
    }
}
