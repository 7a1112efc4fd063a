using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Recognition;

/// <summary>Each extent rule of <see cref="TitleFinder"/> alone, on a draft of one title in a hand-made sentence.</summary>
public sealed class TitleExtentRulesTests
{
    private static readonly LanguageLexicon Lexicon = Support.HandMade.Lexicon(
        words: ["title-of\tof", "def-pre\tthe", "def-post\titu", "title-to\tto", "portfolio\tDefence", "portfolio\tEnergy", "conj\tand",
                "title-mod\tacting", "delegation\tdelegation", "poss\t's"],
        titles: ["leader\tPresident", "official\tMinister", "official\tAmbassador", "leader\tled by"]);

    /// <summary>A draft of the title <paramref name="phrase"/> (its first occurrence) in the document's first sentence.</summary>
    internal static TitleDraft Draft(Document d, string phrase, OfficeRole role = OfficeRole.Leader)
    {
        var words = phrase.Split(' ');
        var first = Token(d, words[0]);
        return new TitleDraft(d, d.FoldedTokens, Lexicon, d.MentionIndex, new TitleEntry(phrase, role), first, first + words.Length, d.Sentences[0], FoldedText.IsTitleCase(d, 0));
    }

    internal static TitleDraft Extended(Document d, string phrase)
    {
        var draft = Draft(d, phrase);
        foreach (var rule in TitleExtentRules.All) rule.Apply(draft);
        return draft;
    }

    internal static string Words(Document d, int first, int end) => FoldedText.Text(d, first, end);

    [Fact]
    public void Rules_AreNamedInOrder()
    {
        Assert.Equal(["owner-before", "qualifiers-after-title", "owner-after", "bracketed-owner", "ambassadors-host", "definite-before", "qualifiers-after-owner", "delegation"],
            TitleExtentRules.All.Select(r => r.Name));
        Assert.Equal(["person-after", "unknown-name-after", "demonstrative-after", "apposed-person", "apposed-name", "definite-anaphor"],
            TitleHolderRules.All.Select(r => r.Name));
    }

    [Fact]
    public void OwnerBefore_StateBeforeTitle_IsOwnerAndStart()
    {
        var d = Document("French acting Minister Jean Dupont spoke.", Country("French"));
        var draft = Draft(d, "Minister");

        TitleExtentRules.OwnerBefore(draft);

        Assert.Equal("French", Assert.Single(draft.Owners).Text);
        Assert.Equal(0, draft.Start);
        Assert.False(draft.OwnerAcrossComma);
    }

    [Fact]
    public void OwnerBefore_NothingBefore_NoOwner()
    {
        var draft = Draft(Document("Yesterday President Jean Dupont spoke."), "President");

        TitleExtentRules.OwnerBefore(draft);

        Assert.Empty(draft.Owners);
        Assert.Equal(draft.TitleFirst, draft.Start);
    }

    [Fact]
    public void OwnerBefore_RelativeClauseAfterComma_OwnerAcrossComma()
    {
        var d = Document("Wagner, led by Jean Dupont, spoke.", Organization("Wagner"));
        var draft = Draft(d, "led by");

        TitleExtentRules.OwnerBefore(draft);

        Assert.Equal("Wagner", Assert.Single(draft.Owners).Text);
        Assert.True(draft.OwnerAcrossComma);
    }

    [Fact]
    public void QualifiersAfterTitle_PortfolioWordsJoinedByConjunction_Skipped()
    {
        var d = Document("Minister Defence and Energy Jean Dupont spoke.");
        var draft = Draft(d, "Minister");

        TitleExtentRules.QualifiersAfterTitle(draft);

        Assert.Equal(Token(d, "Jean"), draft.End);
    }

    [Fact]
    public void OwnerAfter_OfAndState_IsOwnerAndEnd()
    {
        var d = Document("President of France spoke.", Country("France"));
        var draft = Draft(d, "President");

        TitleExtentRules.OwnerAfter(draft);

        Assert.Equal("France", Assert.Single(draft.Owners).Text);
        Assert.Equal(Token(d, "spoke"), draft.End);
    }

    [Fact]
    public void OwnerAfter_OwnerAlreadyBefore_Unchanged()
    {
        var d = Document("French President of Germany spoke.", Country("French"), Country("Germany"));
        var draft = Draft(d, "President");
        TitleExtentRules.OwnerBefore(draft);

        TitleExtentRules.OwnerAfter(draft);

        Assert.Equal("French", Assert.Single(draft.Owners).Text);
        Assert.Equal(draft.TitleEnd, draft.End);
    }

    [Fact]
    public void BracketedOwner_ShortFormOfOwner_Included()
    {
        var d = Document("President of United States (US) Jean Dupont spoke.", Country("United States"), new Mark("US", Core.Ontology.EntityType.Country, Country("United States").Id));
        var draft = Draft(d, "President");
        TitleExtentRules.OwnerAfter(draft);
        var before = draft.End;

        TitleExtentRules.BracketedOwner(draft);

        Assert.Equal(before + 3, draft.End);
        Assert.Equal(Token(d, "Jean"), draft.End);
    }

    [Fact]
    public void AmbassadorsHost_ToState_Skipped()
    {
        var d = Document("Ambassador of France to Germany Jean Dupont spoke.", Country("France"), Country("Germany"));
        var draft = Draft(d, "Ambassador");
        TitleExtentRules.OwnerAfter(draft);

        TitleExtentRules.AmbassadorsHost(draft);

        Assert.Equal(Token(d, "Jean"), draft.End);
        Assert.Equal("France", Assert.Single(draft.Owners).Text); // the host is no owner
    }

    [Fact]
    public void DefiniteBefore_Determiner_StartsTheConstruction()
    {
        var d = Document("They said the President spoke.");
        var draft = Draft(d, "President");

        TitleExtentRules.DefiniteBefore(draft);

        Assert.Equal(Token(d, "the"), draft.Start);
    }

    [Theory]
    // After an owner, a modifier belongs to the construction.
    [InlineData(true, "Jean")]
    // Without one, nothing moves.
    [InlineData(false, "of")]
    public void QualifiersAfterOwner_OnlyWithOwner(bool withOwner, string endsBefore)
    {
        var d = Document("President of France acting Jean Dupont spoke.", Country("France"));
        var draft = Draft(d, "President");
        if (withOwner) TitleExtentRules.OwnerAfter(draft);

        TitleExtentRules.QualifiersAfterOwner(draft);

        Assert.Equal(Token(d, endsBefore), draft.End);
    }

    [Fact]
    public void Delegation_DelegationBeforeOwner_Marks()
    {
        var d = Document("The delegation France Minister Jean Dupont spoke.", Country("France"));
        var draft = Draft(d, "Minister");
        TitleExtentRules.OwnerBefore(draft);

        TitleExtentRules.Delegation(draft);

        Assert.True(draft.OwnerIsDelegation);
    }
}
