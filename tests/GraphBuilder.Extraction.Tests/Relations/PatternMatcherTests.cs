using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Tests.Support;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Relations;

public sealed class PatternMatcherTests
{
    private static readonly LanguageLexicon Lexicon = HandMade.Lexicon(words: ["conj\tand", "skip\talso", "head\tgovernment", "link\tby"]);

    private static (List<string> Subjects, List<string> Objects)? Match(string pattern, string sentence, string cue, params Mark[] marks)
    {
        var d = Document(sentence, marks);
        var match = PatternMatcher.Match(Context(d, Lexicon), CuePattern.Parse("t", Predicate.Accuses, pattern), Token(d, cue));
        if (match is null) return null;
        string Text(ArgumentUnit u) => d.Mentions.First(m => m.EntityId == u.Entities[0].Id).Text;
        return ([.. match.Subjects.Select(Text)], [.. match.Objects.Select(Text)]);
    }

    [Fact]
    public void Match_SubjectCueObject_FindsBoth()
    {
        var m = Match("S accused O", "France accused Germany.", "accused", Country("France"), Country("Germany"));

        Assert.Equal(["France"], m!.Value.Subjects);
        Assert.Equal(["Germany"], m.Value.Objects);
    }

    [Fact]
    public void Match_CoordinatedArguments_EveryConjunct()
    {
        var m = Match("S accused O", "France and Japan accused Germany and Italy.", "accused", Country("France"), Country("Japan"), Country("Germany"), Country("Italy"));

        Assert.Equal(["France", "Japan"], m!.Value.Subjects);
        Assert.Equal(["Germany", "Italy"], m.Value.Objects);
    }

    [Fact]
    public void Match_SkipWordBeforeCue_Crossed()
    {
        var m = Match("S accused O", "France also accused Germany.", "accused", Country("France"), Country("Germany"));

        Assert.Equal(["France"], m!.Value.Subjects);
    }

    [Fact]
    public void Match_HeadNounBeforeObject_Crossed()
    {
        var m = Match("S accused O", "France accused government Germany.", "accused", Country("France"), Country("Germany"));

        Assert.Equal(["Germany"], m!.Value.Objects);
    }

    [Fact]
    public void Match_PassiveWithLink_SubjectAfter()
    {
        var m = Match("O was accused by S", "Germany was accused by France.", "was", Country("Germany"), Country("France"));

        Assert.Equal(["France"], m!.Value.Subjects);
        Assert.Equal(["Germany"], m.Value.Objects);
    }

    [Fact]
    public void Match_GapWithinClause_Matches()
    {
        var m = Match("S accused *2 O", "France accused openly and loudly Germany.", "accused", Country("France"), Country("Germany"));

        Assert.Null(m); // three words: more than the gap allows
        Assert.NotNull(Match("S accused *3 O", "France accused openly and loudly Germany.", "accused", Country("France"), Country("Germany")));
    }

    [Fact]
    public void Match_GapAcrossComma_OnlyWithTilde()
    {
        const string sentence = "France accused, again, Germany.";
        Mark[] marks = [Country("France"), Country("Germany")];

        Assert.Null(Match("S accused *3 O", sentence, "accused", marks));
        Assert.NotNull(Match("S accused ~3 O", sentence, "accused", marks));
    }

    [Fact]
    public void Match_NoObject_NoMatch() =>
        Assert.Null(Match("S accused O", "France accused nobody.", "accused", Country("France")));

    [Fact]
    public void Match_NoSubject_NoMatch() =>
        Assert.Null(Match("S accused O", "Yesterday accused Germany.", "accused", Country("Germany")));
}
