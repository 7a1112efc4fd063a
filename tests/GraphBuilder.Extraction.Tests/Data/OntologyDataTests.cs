using System.Text.RegularExpressions;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Tests.Support;
using GraphBuilder.TestSupport;

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
            Assert.All(PredicateInfo.All, p => Assert.Contains(p, covered));
            Assert.True(lexicon.Titles.Count > 20, $"{code}: too few titles");
        }
    }

    [Fact]
    public void OwlOntology_DeclaresEveryPredicateWithLabelsDomainRangeAsTable()
    {
        var ttl = File.ReadAllText(Path.Combine(RepoPaths.Ontology, "graphbuilder.ttl"));
        foreach (var p in PredicateInfo.All)
        {
            var block = Regex.Match(ttl, $@"gb:{p.LocalName()} a owl:ObjectProperty(?<sym> , owl:SymmetricProperty)? ;(?<body>.*?) \.\n", RegexOptions.Singleline);
            Assert.True(block.Success, $"{p.LocalName()} not declared");
            Assert.Equal(p.IsSymmetric(), block.Groups["sym"].Success);
            var body = block.Groups["body"].Value;
            Assert.Matches("\"[^\"]+\"@en", body);
            Assert.Matches("\"[^\"]+\"@id", body);
            Assert.Contains("rdfs:comment", body);
            var domain = Classes(ttl, Regex.Match(body, @"rdfs:domain gb:(\w+)").Groups[1].Value);
            var range = Classes(ttl, Regex.Match(body, @"rdfs:range gb:(\w+)").Groups[1].Value);
            Assert.Equal(domain.Order(), Ex.Data.Constraints.Domain(p).Order());
            Assert.Equal(range.Order(), Ex.Data.Constraints.Range(p).Order());
        }
    }

    /// <summary>A class's members: itself, or the classes of its owl:unionOf.</summary>
    private static List<EntityType> Classes(string ttl, string name)
    {
        var union = Regex.Match(ttl, $@"gb:{name} a owl:Class ;\s*owl:equivalentClass \[ a owl:Class ; owl:unionOf \(([^)]*)\)");
        var names = union.Success ? union.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => n.Replace("gb:", "")) : [name];
        return [.. names.Select(Enum.Parse<EntityType>)];
    }
}
