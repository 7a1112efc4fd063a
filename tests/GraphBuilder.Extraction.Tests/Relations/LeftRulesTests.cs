using GraphBuilder.Core.Documents;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Tests.Support;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>Each rule of the leftward slot scan alone, at one token of a hand-made sentence.</summary>
public sealed class LeftRulesTests
{
    internal static readonly LanguageLexicon Lexicon = HandMade.Lexicon(
        words: ["skip\talso", "skip\tagreed", "head\tgovernment", "complementiser\tto", "purpose\tto", "paren\tduring", "conj\tand", "boundary\tthat", "attr-verb\tsaid"]);

    private static (LeftScan Scan, Document Doc) Scan(string sentence, string at, int gap = 0, params Mark[] marks) => Scan(sentence, at, gap, true, marks);

    private static (LeftScan Scan, Document Doc) Scan(string sentence, string at, int gap, bool absorbBrackets, params Mark[] marks)
    {
        var d = Document(sentence, marks);
        return (new LeftScan(Context(d, Lexicon, absorbBrackets: absorbBrackets), Token(d, at), gap), d);
    }

    private static List<string> Texts(Document d, List<ArgumentUnit>? units) =>
        [.. (units ?? []).Select(u => d.Mentions.First(m => m.EntityId == u.Entities[0].Id).Text)];

    [Fact]
    public void Rules_AreNamedInOrder() =>
        Assert.Equal(["bracketed-short-form", "argument", "covered", "skippable", "adverb", "complementiser", "purpose-clause", "comma", "conjunction", "gap"],
            LeftRules.All.Select(r => r.Name));

    [Fact]
    public void BracketedShortForm_SameEntityInBrackets_StepsOverItAndLetsOthersDecide()
    {
        var full = Organization("Rapid Support Forces");
        var (s, d) = Scan("Rapid Support Forces (RSF) accused Germany.", ")", 0, false, full, new Mark("RSF", full.Type, full.Id), Country("Germany"));

        Assert.Equal(LeftOutcome.Next, LeftRules.BracketedShortForm(s).Outcome);
        Assert.Equal(Token(d, "Forces"), s.Pos);
    }

    [Fact]
    public void Argument_UnitEndingHere_FillsSlotWithConjuncts()
    {
        var (s, d) = Scan("France and Japan accused Germany.", "Japan", 0, Country("France"), Country("Japan"), Country("Germany"));

        var step = LeftRules.Argument(s);

        Assert.Equal(LeftOutcome.Found, step.Outcome);
        Assert.Equal(["France", "Japan"], Texts(d, step.Units));
    }

    [Fact]
    public void Covered_InsideUnit_Fails()
    {
        var (s, _) = Scan("United Arab Emirates accused Germany.", "Arab", 0, Country("United Arab Emirates"));

        Assert.Equal(LeftOutcome.Next, LeftRules.Argument(s).Outcome);
        Assert.Equal(LeftOutcome.Failed, LeftRules.Covered(s).Outcome);
    }

    [Fact]
    public void Skippable_SkipWord_MovesAndCounts()
    {
        var (s, d) = Scan("France also accused Germany.", "also");

        Assert.Equal(LeftOutcome.Moved, LeftRules.Skippable(s).Outcome);
        Assert.Equal(Token(d, "France"), s.Pos);
        Assert.Equal(1, s.Skipped);
    }

    [Fact]
    public void Skippable_Quote_MovesWithoutCounting()
    {
        var (s, _) = Scan("France \" accused Germany.", "\"");

        Assert.Equal(LeftOutcome.Moved, LeftRules.Skippable(s).Outcome);
        Assert.Equal(0, s.Skipped);
    }

    [Fact]
    public void Skippable_LimitReached_DoesNotApply()
    {
        var (s, _) = Scan("France also accused Germany.", "also");
        s.Skipped = 7;

        Assert.Equal(LeftOutcome.Next, LeftRules.Skippable(s).Outcome);
    }

    [Fact]
    public void Adverb_OnePlainWordAfterUnit_MovesOnce()
    {
        var (s, _) = Scan("France firmly accused Germany.", "firmly", 0, Country("France"));

        Assert.Equal(LeftOutcome.Moved, LeftRules.Adverb(s).Outcome);
        s.Pos++;
        Assert.Equal(LeftOutcome.Next, LeftRules.Adverb(s).Outcome); // only one
    }

    [Fact]
    public void Complementiser_AfterSkippableVerb_Moves()
    {
        var (s, _) = Scan("France agreed to support Germany.", "to");

        Assert.Equal(LeftOutcome.Moved, LeftRules.Complementiser(s).Outcome);
        Assert.Equal(LeftOutcome.Next, LeftRules.Complementiser(Scan("France went to support Germany.", "to").Scan).Outcome); // "went" is not skippable
    }

    [Fact]
    public void PurposeClause_AfterPlace_SharesTheSentenceSubject()
    {
        var (s, d) = Scan("France arrived in Cairo to meet Germany.", "to", 0, Country("France"), Country("Germany"));

        var step = LeftRules.PurposeClause(s);

        Assert.Equal(LeftOutcome.Found, step.Outcome);
        Assert.Equal(["France"], Texts(d, step.Units));
    }

    [Fact]
    public void PurposeClause_AfterSkippedWords_DoesNotApply()
    {
        var (s, _) = Scan("France arrived in Cairo to meet Germany.", "to", 0, Country("France"), Country("Germany"));
        s.Skipped = 1;

        Assert.Equal(LeftOutcome.Next, LeftRules.PurposeClause(s).Outcome);
    }

    [Fact]
    public void Comma_Parenthetical_SkippedWhole()
    {
        var (s, d) = Scan("France , during talks with Japan , accused Germany.", ",", 0, Country("France"), Country("Japan"), Country("Germany"));
        s.Pos = Token(d, ",", Token(d, "Japan"));

        Assert.Equal(LeftOutcome.Moved, LeftRules.Comma(s).Outcome);
        Assert.Equal(Token(d, ","), s.Pos);
    }

    [Fact]
    public void Comma_UnitBefore_Moves()
    {
        var (s, d) = Scan("France, accused Germany.", ",", 0, Country("France"), Country("Germany"));

        Assert.Equal(LeftOutcome.Moved, LeftRules.Comma(s).Outcome);
        Assert.Equal(Token(d, "France"), s.Pos);
    }

    [Fact]
    public void Comma_ClauseOpeningWithCue_SharesTheSentenceSubject()
    {
        var (s, d) = Scan("France opposed the plan, accusing Germany.", ",", 0, Country("France"), Country("Germany"));

        var step = LeftRules.Comma(s);

        Assert.Equal(["France"], Texts(d, step.Units));
        s.GapUsed = 1;
        Assert.Equal(LeftOutcome.Failed, LeftRules.Comma(s).Outcome);
    }

    [Fact]
    public void Conjunction_JoinedVerbs_ShareTheSentenceSubject()
    {
        var (s, d) = Scan("France met Japan and thanked Germany.", "and", 0, Country("France"), Country("Japan"), Country("Germany"));

        Assert.Equal(["France"], Texts(d, LeftRules.Conjunction(s).Units));
    }

    [Theory]
    // A plain word within the gap is crossed.
    [InlineData("France quickly accused Germany.", "quickly", 1, LeftOutcome.Moved)]
    // No gap left.
    [InlineData("France quickly accused Germany.", "quickly", 0, LeftOutcome.Next)]
    // A boundary word is never crossed.
    [InlineData("France that accused Germany.", "that", 1, LeftOutcome.Next)]
    // Nor a verb of saying.
    [InlineData("France said accused Germany.", "said", 1, LeftOutcome.Next)]
    public void Gap_PlainToken_CrossedWhileGapLasts(string sentence, string at, int gap, LeftOutcome expected)
    {
        var (s, _) = Scan(sentence, at, gap);

        Assert.Equal(expected, LeftRules.Gap(s).Outcome);
        if (expected == LeftOutcome.Moved) Assert.Equal((0, 1), (s.Gap, s.GapUsed));
    }
}
