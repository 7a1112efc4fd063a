using GraphBuilder.Extraction.Recognition;
using GraphBuilder.Extraction.Tests.Support;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Recognition;

public sealed class TitleAnnotatorTests
{
    private static readonly TitleAnnotator Annotator = new(Ex.Data, "en", "test");

    [Fact]
    public void Process_EverySentence_GetsItsConstructions()
    {
        var d = Document("President of France Emmanuel Macron spoke. Rain fell.", Country("France"), Person("Emmanuel Macron")) with { Language = "en" };

        var titles = Annotator.Process(d).Titles;

        Assert.Equal(2, titles.Length);
        Assert.Equal("president", Assert.Single(titles[0]).Title.Phrase, ignoreCase: true);
        Assert.Empty(titles[1]);
    }

    [Fact]
    public void Process_TitlesOfTheCurrentMentions_DocumentReturnedAsIs()
    {
        var d = Annotator.Process(Document("President of France spoke.", Country("France")) with { Language = "en" });

        Assert.Same(d, Annotator.Process(d));
    }

    [Fact]
    public void Process_MentionsChanged_FindsAgain()
    {
        var d = Annotator.Process(Document("President of France Jean Dupont spoke.", Country("France")) with { Language = "en" });
        var withPerson = d with { Mentions = Document("President of France Jean Dupont spoke.", Country("France"), Person("Jean Dupont")).Mentions };

        Assert.False(withPerson.HasTitles);
        Assert.Equal("Jean Dupont", Assert.Single(Annotator.Process(withPerson).Titles[0]).Person?.Text);
    }
}
