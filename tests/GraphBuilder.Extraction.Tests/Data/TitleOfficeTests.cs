using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Recognition;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Tests.Support;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Data;

/// <summary>titles.tsv's third column: an abbreviation names the same office as its full title.</summary>
public sealed class TitleOfficeTests
{
    private static TitleEntry Entry(GraphBuilder.Extraction.Data.LanguageLexicon lexicon, string phrase)
    {
        var words = phrase.Split(' ');
        Assert.True(lexicon.Titles.LongestMatch(words, 0, (_, _) => true, out var values) == words.Length, phrase);
        return Assert.Single(values);
    }

    [Fact]
    public void Abbreviation_HasTheOfficeOfItsFullTitle()
    {
        var lexicon = Lexicon(titles: ["official\tminister of war", "official\tmow\tminister of war", "leader\tchief"]);

        Assert.Equal("minister of war", Entry(lexicon, "mow").Office);
        Assert.Equal("minister of war", Entry(lexicon, "minister of war").Office);
        Assert.Equal("chief", Entry(lexicon, "chief").Office); // no third column: its own office
    }

    [Theory]
    [InlineData("official\tmow\tminister of peace")] // not a row of the file
    [InlineData("leader\tmow\tminister of war")] // another role
    public void Abbreviation_OfNoTitleOfTheSameRole_IsRejectedAtLoad(string row)
    {
        var e = Assert.Throws<FormatException>(() => Lexicon(titles: ["official\tminister of war", row]));
        Assert.Contains("'mow' abbreviates", e.Message);
    }

    [Fact]
    public void RoleResolver_AbbreviatedTitle_StandsForTheHolderOfTheFullTitle()
    {
        // "Menhan Australia" after "Menteri Pertahanan Australia Jack Doe": the same office, so the same person.
        var d = Document("Menteri Pertahanan Australia Jack Doe tiba. Menhan Australia berterima kasih.",
            Country("Australia"), Person("Jack Doe"), Country("Australia", after: 20)) with { Language = "id" };
        d = new TitleAnnotator(Ex.Data, "id", "test").Process(d);

        var resolved = new RoleResolver(Ex.Data.Gazetteer).Process(d);

        var role = Assert.Single(resolved.Mentions, m => m.Origin == MentionOrigin.Role);
        Assert.Equal(Person("Jack Doe").Id, role.EntityId);
        Assert.Equal("Menhan Australia", role.Text);
    }
}
