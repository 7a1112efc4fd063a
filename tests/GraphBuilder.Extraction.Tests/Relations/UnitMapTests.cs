using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Tests.Recognition;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Relations;

public sealed class UnitMapTests
{
    private static UnitMap Map(Document d, IEnumerable<TitleConstruction>? titles = null) =>
        new(d.Sentences[0], d.MentionIndex, d.Mentions, titles ?? [], d.FoldedTokens);

    [Fact]
    public void Constructor_OneMention_OneUnit()
    {
        var d = Document("France met Germany.", Country("France"), Country("Germany"));
        var units = Map(d);

        Assert.Equal(2, units.All.Count);
        Assert.Equal(Country("Germany").Id, Assert.Single(units.StartingAt(2)!.Entities).Id);
        Assert.Null(units.StartingAt(1));
        Assert.True(units.Covers(0));
        Assert.False(units.Covers(1));
    }

    [Fact]
    public void Constructor_TwoMentionsOneSpan_OneUnitWithBoth()
    {
        var d = Document("Both countries met.", Country("Both countries"), Country("Both countries"));
        d = d with { Mentions = [d.Mentions[0] with { EntityId = "country/a", Confidence = 0.9 }, d.Mentions[1] with { EntityId = "country/b", Confidence = 0.7 }] };

        var unit = Assert.Single(Map(d).All);

        Assert.Equal(["country/a", "country/b"], unit.Entities.Select(e => e.Id));
        Assert.Equal(0.7, unit.Confidence); // the weakest mention
        Assert.Equal(2, d.Mentions.Length); // the document is not changed
    }

    [Fact]
    public void Constructor_UnresolvedMention_NoUnit()
    {
        var d = Document("France met Jean.", Country("France"), new Mark("Jean", EntityType.Person));

        Assert.Single(Map(d).All);
    }

    [Fact]
    public void Constructor_TitleConstruction_WinsOverMentionsInside()
    {
        var d = Document("President of France Emmanuel Macron spoke.", Country("France"), Person("Emmanuel Macron"));
        var titles = TitleFinderTests.Find(d);

        var unit = Assert.Single(Map(d, titles).All);

        Assert.Equal((0, 5), (unit.First, unit.End));
        Assert.Equal(Person("Emmanuel Macron").Id, Assert.Single(unit.Entities).Id);
    }

    [Fact]
    public void Constructor_NamelessTitleWithOwner_UnitOfNobody()
    {
        var d = Document("They said the President of France spoke.", Country("France"));

        var unit = Assert.Single(Map(d, TitleFinderTests.Find(d)).All);

        Assert.Empty(unit.Entities);
    }

    [Fact]
    public void Constructor_ShortFormInBrackets_BelongsToTheUnit()
    {
        var d = Document("United Arab Emirates (UAE) met France.", Country("United Arab Emirates"), new Mark("UAE", EntityType.Country, Country("United Arab Emirates").Id), Country("France"));

        var units = Map(d);

        Assert.Equal(2, units.All.Count);
        Assert.Equal((0, 6), (units.All[0].First, units.All[0].End));
        Assert.Same(units.All[0], units.EndingAt(5));
    }

    [Fact]
    public void Constructor_OtherEntityInBrackets_StaysApart()
    {
        var d = Document("United Arab Emirates (France) met.", Country("United Arab Emirates"), Country("France"));

        Assert.Equal(2, Map(d).All.Count);
    }
}
