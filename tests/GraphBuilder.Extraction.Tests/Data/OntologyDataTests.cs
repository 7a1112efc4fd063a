using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Data;

public sealed class OntologyDataTests
{
    [Fact]
    public void Gazetteer_Countries_CoverUnMembersAndObservers()
    {
        var countries = Ex.Data.Gazetteer.Entries.Count(e => e.Type == EntityType.Country);
        Assert.True(countries >= 193 + 2, $"only {countries} countries");
    }

    [Fact]
    public void Gazetteer_PersonRoles_PointToKnownEntries()
    {
        var withRoles = Ex.Data.Gazetteer.Entries.Where(e => e.Role is not null).ToList();
        Assert.NotEmpty(withRoles);
        foreach (var person in withRoles)
        {
            Assert.True(Ex.Data.Gazetteer.Find(person.Role!.OwnerId) is not null, $"{person.Id}: unknown role owner {person.Role.OwnerId}");
        }
    }

    [Fact]
    public void Gazetteer_Qids_AreUnique()
    {
        var duplicates = Ex.Data.Gazetteer.Entries.Where(e => e.Qid is not null).GroupBy(e => e.Qid).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Lexicons_BothLanguages_HaveCuesForEveryPredicate()
    {
        foreach (var code in new[] { "id", "en" })
        {
            var lexicon = Ex.Data.Lexicons[code];
            var covered = lexicon.Patterns.Select(p => p.Predicate).Append(Predicate.OfficialOf).ToHashSet();
            Assert.All(Ex.Data.Predicates, p => Assert.Contains(p, covered));
            Assert.True(lexicon.Titles.Count > 20, $"{code}: too few titles");
        }
    }
}
