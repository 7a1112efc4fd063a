using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Tests.Support;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>Negation and modality before a cue, on hand-made sentences.</summary>
public sealed class NegationTests
{
    private static readonly LanguageLexicon Lexicon = HandMade.Lexicon(
        words: ["neg\tnot", "modal\tmay", "modal\tif", "neg-cancel\tonly", "boundary\tthat", "skip\tdid"]);

    private static bool Blocks(string sentence, string cue, string? subject = null, params Mark[] marks)
    {
        var d = Document(sentence, marks);
        var c = Context(d, Lexicon);
        return Negation.Blocks(c, Token(d, cue), subject is null ? -1 : Token(d, subject));
    }

    [Theory]
    // A negation before the cue blocks it.
    [InlineData("France did not meet Germany.", true)]
    // So does a hedge.
    [InlineData("France may meet Germany.", true)]
    // "not only" is no negation.
    [InlineData("France did not only meet Germany.", false)]
    // No negation at all.
    [InlineData("France did meet Germany.", false)]
    // A comma ends the scope.
    [InlineData("France, not surprisingly, met Germany.", false)]
    public void Blocks_WordsBeforeCue(string sentence, bool expected)
    {
        var cue = sentence.Split(' ').First(w => w.StartsWith("me", StringComparison.Ordinal));
        Assert.Equal(expected, Blocks(sentence, cue, null, Country("France"), Country("Germany")));
    }

    [Fact]
    public void Blocks_BoundaryWord_EndsScope() =>
        Assert.False(Blocks("They did not say that France met Germany.", "met", null, Country("Germany")));

    [Fact]
    public void Blocks_ArgumentBetween_EndsScope() =>
        Assert.False(Blocks("Not France met Germany.", "met", null, Country("France"), Country("Germany")));

    [Fact]
    public void Blocks_ConditionBeforeSubject_Blocks() =>
        Assert.True(Blocks("They said if France met Germany.", "met", "France", Country("France"), Country("Germany")));
}
