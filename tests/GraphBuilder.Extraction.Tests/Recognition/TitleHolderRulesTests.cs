using GraphBuilder.Extraction.Recognition;
using static GraphBuilder.Extraction.Tests.Recognition.TitleExtentRulesTests;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Recognition;

/// <summary>Each holder rule of <see cref="TitleFinder"/> alone, on a draft extended by the extent rules.</summary>
public sealed class TitleHolderRulesTests
{
    [Fact]
    public void PersonAfter_PersonMention_IsHolder()
    {
        var d = Document("President of France Emmanuel Macron spoke.", Country("France"), Person("Emmanuel Macron"));
        var draft = Extended(d, "President");

        var c = TitleHolderRules.PersonAfter(draft, draft.Construction());

        Assert.Equal("Emmanuel Macron", c?.Person?.Text);
        Assert.Equal(Token(d, "spoke"), c?.End);
        Assert.Null(TitleHolderRules.PersonAfter(Extended(Document("President of France spoke.", Country("France")), "President"), draft.Construction()));
    }

    [Fact]
    public void UnknownNameAfter_CapitalisedWords_AreTheName()
    {
        var d = Document("President of France Jean Dupont spoke.", Country("France"));
        var draft = Extended(d, "President");

        var c = TitleHolderRules.UnknownNameAfter(draft, draft.Construction());

        Assert.Equal("Jean Dupont", Words(d, c!.UnknownName.First, c.UnknownName.End));
    }

    [Fact]
    public void UnknownNameAfter_Headline_Null()
    {
        var d = Document("President Of France Jean Dupont Speaks Today", Country("France"));
        var draft = Extended(d, "President");

        Assert.Null(TitleHolderRules.UnknownNameAfter(draft, draft.Construction()));
    }

    [Theory]
    // A demonstrative after the owner: an anaphor reaching over it.
    [InlineData("They said President of France itu spoke.", true)]
    // None: the rule does not apply.
    [InlineData("They said President of France spoke.", false)]
    public void DemonstrativeAfter_Demonstrative_Anaphor(string sentence, bool applies)
    {
        var d = Document(sentence, Country("France"));
        var draft = Extended(d, "President");

        var c = TitleHolderRules.DemonstrativeAfter(draft, draft.Construction());

        Assert.Equal(applies, c is not null);
        if (applies) Assert.Equal("President of France itu", Words(d, c!.First, c.End));
        if (applies) Assert.True(c!.IsAnaphor);
    }

    [Fact]
    public void ApposedPerson_PersonBeforeComma_IsHolder()
    {
        var d = Document("They met Jean Dupont, Minister of France, on Monday.", Country("France"), Person("Jean Dupont"));
        var draft = Extended(d, "Minister");

        var c = TitleHolderRules.ApposedPerson(draft, draft.Construction());

        Assert.Equal("Jean Dupont", c?.Person?.Text);
        Assert.Equal(Token(d, "Jean"), c?.First);
    }

    [Fact]
    public void ApposedName_CapitalisedWordsBeforeComma_AreTheName()
    {
        var d = Document("They met Jean Dupont, Minister of France, on Monday.", Country("France"));
        var draft = Extended(d, "Minister");

        Assert.Null(TitleHolderRules.ApposedPerson(draft, draft.Construction()));
        var c = TitleHolderRules.ApposedName(draft, draft.Construction());
        Assert.Equal("Jean Dupont", Words(d, c!.UnknownName.First, c.UnknownName.End));
    }

    [Theory]
    // A determiner and an owner: an anaphor.
    [InlineData("They said the President of France spoke.", true)]
    // No determiner: a bare title.
    [InlineData("They said President of France spoke.", false)]
    public void DefiniteAnaphor_AlwaysApplies(string sentence, bool anaphor)
    {
        var d = Document(sentence, Country("France"));
        var draft = Extended(d, "President");

        Assert.Equal(anaphor, TitleHolderRules.DefiniteAnaphor(draft, draft.Construction())?.IsAnaphor);
    }

    [Fact]
    public void Build_FirstHolderRuleWins()
    {
        // A person after the title and an apposed name before it: the person after is tried first.
        var d = Document("They met Jean Dupont, President of France Emmanuel Macron spoke.", Country("France"), Person("Emmanuel Macron"));

        var c = TitleFinder.Build(Draft(d, "President"));

        Assert.Equal("Emmanuel Macron", c.Person?.Text);
        Assert.Equal((0, 0), c.UnknownName);
    }
}
