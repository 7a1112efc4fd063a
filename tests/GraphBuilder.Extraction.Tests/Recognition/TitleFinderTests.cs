using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;
using GraphBuilder.Extraction.Tests.Support;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Recognition;

/// <summary>Title constructions on hand-made sentences with a small English lexicon and hand-placed mentions.</summary>
public sealed class TitleFinderTests
{
    internal static readonly LanguageLexicon Lexicon = HandMade.Lexicon(
        words: ["title-of\tof", "def-pre\tthe", "def-post\titu", "honorific\tPrince", "particle\tbin", "title-to\tto", "title-join\tand",
                "portfolio\tDefence", "title-mod\tacting", "delegation\tdelegation", "notname\tMonday", "stop\tspoke"],
        titles: ["leader\tPresident", "official\tForeign Minister", "official\tMinister", "official\tAmbassador", "leader\tPrime Minister", "leader\tCrown Prince"]);

    internal static List<TitleConstruction> Find(Document d, int sentence = 0) => TitleFinder.Find(d, d.FoldedTokens, Lexicon, d.MentionIndex, d.Sentences[sentence]);

    private static string Words(Document d, int first, int end) => end <= first ? "" : FoldedText.Text(d, first, end);

    [Fact]
    public void Find_OwnerAndPersonAfterTitle_GivesWholeConstruction()
    {
        var d = Document("President of France Emmanuel Macron spoke.", Country("France"), Person("Emmanuel Macron"));

        var c = Assert.Single(Find(d));

        Assert.Equal("President", c.Title.Phrase);
        Assert.True(c.Title.IsLeader);
        Assert.Equal("France", Assert.Single(c.Owners).Text);
        Assert.Equal("Emmanuel Macron", c.Person?.Text);
        Assert.Equal("President of France Emmanuel Macron", Words(d, c.First, c.End));
    }

    [Fact]
    public void Find_OwnerBeforeTitle_ConstructionStartsAtOwner()
    {
        var d = Document("French Foreign Minister Jean Dupont spoke.", Country("French"), Person("Jean Dupont"));

        var c = Assert.Single(Find(d));

        Assert.False(c.Title.IsLeader);
        Assert.Equal("French", Assert.Single(c.Owners).Text);
        Assert.Equal("French Foreign Minister Jean Dupont", Words(d, c.First, c.End));
    }

    [Fact]
    public void Find_PortfolioAndModifierBeforeTitle_StillFindOwner()
    {
        var d = Document("French acting Defence Minister Jean Dupont spoke.", Country("French"), Person("Jean Dupont"));

        Assert.Equal("French", Assert.Single(Assert.Single(Find(d)).Owners).Text);
    }

    [Fact]
    public void Find_UnrecognisedCapitalisedName_IsUnknownName()
    {
        var d = Document("President of France Jean Dupont spoke.", Country("France"));

        var c = Assert.Single(Find(d));

        Assert.Null(c.Person);
        Assert.Equal("Jean Dupont", Words(d, c.UnknownName.First, c.UnknownName.End));
    }

    [Fact]
    public void Find_HeadlineCase_NoUnknownName()
    {
        var d = Document("President Of France Jean Dupont Speaks Today", Country("France"));

        var c = Assert.Single(Find(d));

        Assert.Equal((0, 0), c.UnknownName);
    }

    [Fact]
    public void Find_ApposedNameBeforeComma_IsTheHolder()
    {
        var d = Document("They met Jean Dupont, Foreign Minister of France, on Monday.", Country("France"));

        var c = Assert.Single(Find(d));

        Assert.Equal("Jean Dupont", Words(d, c.UnknownName.First, c.UnknownName.End));
        Assert.Equal(c.UnknownName.First, c.First);
    }

    [Fact]
    public void Find_ApposedPersonMention_IsThePerson()
    {
        var d = Document("They met Jean Dupont, Foreign Minister of France, on Monday.", Country("France"), Person("Jean Dupont"));

        Assert.Equal("Jean Dupont", Assert.Single(Find(d)).Person?.Text);
    }

    [Fact]
    public void Find_DefiniteTitleWithOwnerAndNoName_IsAnaphor()
    {
        var d = Document("They said the President of France spoke.", Country("France"));

        var c = Assert.Single(Find(d));

        Assert.True(c.IsAnaphor);
        Assert.Equal("the President of France", Words(d, c.First, c.End));
    }

    [Fact]
    public void Find_DemonstrativeAfterOwner_IsAnaphor()
    {
        var d = Document("They said President of France itu spoke.", Country("France"));

        var c = Assert.Single(Find(d));

        Assert.True(c.IsAnaphor);
        Assert.Equal("President of France itu", Words(d, c.First, c.End));
    }

    [Fact]
    public void Find_TitleWithoutOwnerOrName_IsNoAnaphor()
    {
        var d = Document("They said the President spoke.");

        Assert.False(Assert.Single(Find(d)).IsAnaphor);
    }

    [Fact]
    public void Find_JoinedTitles_ShareOwnerAndHolder()
    {
        var d = Document("Crown Prince and Prime Minister of Saudi Arabia Mohammed bin Salman spoke.", Country("Saudi Arabia"), Person("Mohammed bin Salman"));

        var found = Find(d);

        Assert.Equal(["Crown Prince", "Prime Minister"], found.Select(c => c.Title.Phrase));
        Assert.All(found, c => Assert.Equal("Mohammed bin Salman", c.Person?.Text));
        Assert.All(found, c => Assert.Equal("Saudi Arabia", Assert.Single(c.Owners).Text));
    }

    [Fact]
    public void Find_HonorificBeforeName_IsSkipped()
    {
        var d = Document("Crown Prince of Saudi Arabia, Prince Mohammed bin Salman, spoke.", Country("Saudi Arabia"), Person("Mohammed bin Salman"));

        var c = Assert.Single(Find(d));

        Assert.Equal("Mohammed bin Salman", c.Person?.Text);
        Assert.Equal("Crown Prince of Saudi Arabia, Prince Mohammed bin Salman", Words(d, c.First, c.End));
    }

    [Fact]
    public void Find_AmbassadorsHost_IsSkippedNotTheOwner()
    {
        var d = Document("Ambassador of France to Germany Jean Dupont spoke.", Country("France"), Country("Germany"));

        var c = Assert.Single(Find(d));

        Assert.Equal("France", Assert.Single(c.Owners).Text);
        Assert.Equal("Jean Dupont", Words(d, c.UnknownName.First, c.UnknownName.End));
    }

    [Fact]
    public void Find_OwnerAfterName_IsTheOwner()
    {
        var d = Document("President Jean Dupont of France spoke.", Country("France"), Person("Jean Dupont"));

        var c = Assert.Single(Find(d));

        Assert.Equal("France", Assert.Single(c.Owners).Text);
        Assert.Equal("President Jean Dupont of France", Words(d, c.First, c.End));
    }

    [Fact]
    public void Find_DelegationBeforeOwner_MarksDelegation()
    {
        var d = Document("The delegation France Minister Jean Dupont spoke.", Country("France"), Person("Jean Dupont"));

        Assert.True(Assert.Single(Find(d)).OwnerIsDelegation);
    }

    [Fact]
    public void Find_TitleInsideMention_IsNotATitle()
    {
        // "President" inside a recognised name ("President University") is no title.
        var d = Document("President University opened.", Organization("President University"));

        Assert.Empty(Find(d));
    }
}
