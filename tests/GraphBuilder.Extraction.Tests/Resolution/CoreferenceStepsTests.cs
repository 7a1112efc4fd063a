using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Recognition;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Tests.Support;
using static GraphBuilder.Extraction.Tests.Support.HandMade;

namespace GraphBuilder.Extraction.Tests.Resolution;

/// <summary>The coreference steps one at a time, on hand-made documents.</summary>
public sealed class CoreferenceStepsTests
{
    private static Document English(string text, params Mark[] marks) => Document(text, marks) with { Language = "en" };

    [Fact]
    public void PersonResolver_NewName_GetsIdNameAndLaterShortForm()
    {
        var d = English("Jean Dupont arrived. Dupont spoke.", new Mark("Jean Dupont", EntityType.Person));

        var resolved = new PersonResolver(Ex.Data, "en").Process(d);

        Assert.Equal(2, resolved.Mentions.Length);
        var (full, shortForm) = (resolved.Mentions[0], resolved.Mentions[1]);
        Assert.Equal(full.EntityId, shortForm.EntityId);
        Assert.Equal(MentionOrigin.ShortForm, shortForm.Origin);
        Assert.Equal("coref:short-form", shortForm.Rule);
        Assert.Equal("Jean Dupont", resolved.PersonNames[full.EntityId!]);
    }

    [Fact]
    public void PronounResolver_NothingToResolve_ReturnsTheSameDocument()
    {
        var d = English("France met Germany.", Country("France"), Country("Germany"));

        Assert.Same(d, new PronounResolver(Ex.Data, "en").Process(d));
    }

    [Fact]
    public void PronounResolver_PronounAfterPerson_ResolvesAndClearsTitles()
    {
        var d = new TitleAnnotator(Ex.Data, "en", "test").Process(English("Jean Dupont arrived. He spoke.", Person("Jean Dupont")));

        var resolved = new PronounResolver(Ex.Data, "en").Process(d);

        var pronoun = Assert.Single(resolved.Mentions, m => m.Origin == MentionOrigin.Pronoun);
        Assert.Equal(Person("Jean Dupont").Id, pronoun.EntityId);
        Assert.False(resolved.HasTitles); // the mentions changed, so the titles must be found again
    }

    [Fact]
    public void EntityDeclarer_AliasesOnlyFromNames()
    {
        var id = Person("Jean Dupont").Id!;
        var d = English("Jean Dupont arrived. He spoke. J. Dupont left.", Person("Jean Dupont"), Person("He"), Person("J. Dupont"));
        d = d with
        {
            Mentions = [d.Mentions[0] with { Origin = MentionOrigin.TitleName }, d.Mentions[1] with { EntityId = id, Origin = MentionOrigin.Pronoun }, d.Mentions[2] with { EntityId = id, Origin = MentionOrigin.Variant }],
            PersonNames = d.PersonNames.Add(id, "Jean Dupont"),
        };

        var entity = Assert.Single(new EntityDeclarer(Ex.Data.Gazetteer).Process(d).Entities);

        Assert.Equal("Jean Dupont", entity.Name);
        Assert.Equal(["J. Dupont"], entity.Aliases.ToArray()); // the pronoun is no alias
    }
}
