using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Evaluation;
using GraphBuilder.Extraction.Evaluation.News;
using GraphBuilder.Extraction.Tests.Support;

namespace GraphBuilder.Extraction.Tests.Evaluation;

public sealed class NewsEvaluatorTests
{
    [Theory]
    [InlineData("Al-Sharaa", "al sharaa")]
    [InlineData("  U.S.  ", "us")]
    [InlineData("Jean-Pierre O'Neil", "jean pierre oneil")]
    [InlineData("Ng’s", "ngs")]
    public void Normalise_AsTheReferenceScorer(string name, string expected) =>
        Assert.Equal(expected, NewsEntityMatcher.Normalise(name));

    private static NewsGold Gold() => new("a.txt",
        new Dictionary<string, NewsGoldEntity>
        {
            ["KOR"] = new("KOR", "Country", ["Korea Selatan"], "Q884"),
            ["KIM"] = new("KIM", "Person", ["Kim Min-jae", "Kim"], null),
            ["LEE"] = new("LEE", "Person", ["Lee", "Lee Jun"], null),
            ["PARK"] = new("PARK", "Person", ["Lee"], null),
        },
        new HashSet<Triple> { Triple.Create("a.txt", "KIM", Predicate.OfficialOf, "KOR"), Triple.Create("a.txt", "KIM", Predicate.Meets, "LEE") },
        new HashSet<Triple> { Triple.Create("a.txt", "LEE", Predicate.OfficialOf, "KOR") });

    [Fact]
    public void Resolve_ByQidFirstThenByTheFirstUnambiguousName()
    {
        var matcher = new NewsEntityMatcher(Gold());
        Assert.Equal("KOR", matcher.Resolve(new DocumentEntity("country/south-korea", EntityType.Country, "South Korea") { Wikidata = "Q884" }));
        Assert.Equal("KIM", matcher.Resolve(new DocumentEntity("person/kim-min-jae", EntityType.Person, "Kim Min Jae")));
        // "Lee" names two gold entities: only the alias "Lee Jun" decides
        Assert.Equal("LEE", matcher.Resolve(new DocumentEntity("person/lee", EntityType.Person, "Lee") { Aliases = ["Lee Jun"] }));
        Assert.Null(matcher.Resolve(new DocumentEntity("person/lee", EntityType.Person, "Lee")));
    }

    [Fact]
    public void Predicted_OptionalTriplesAreDroppedAndUnmatchedEntitiesKeepTheirNames()
    {
        var doc = new Document(Ex.Article("x")) with
        {
            Entities =
            [
                new DocumentEntity("country/south-korea", EntityType.Country, "South Korea") { Wikidata = "Q884" },
                new DocumentEntity("person/kim-min-jae", EntityType.Person, "Kim Min-jae"),
                new DocumentEntity("person/lee-jun", EntityType.Person, "Lee Jun"),
                new DocumentEntity("person/choi", EntityType.Person, "Choi"),
            ],
            Relations =
            [
                Relation("person/kim-min-jae", Predicate.OfficialOf, "country/south-korea"),
                Relation("person/lee-jun", Predicate.Meets, "person/kim-min-jae"),   // symmetric: stored in key order
                Relation("person/lee-jun", Predicate.OfficialOf, "country/south-korea"), // optional in the gold
                Relation("person/choi", Predicate.OfficialOf, "country/south-korea"),   // no gold entity
            ],
        };
        var predicted = NewsEvaluator.Predicted(doc, Gold());
        Assert.Equal(3, predicted.Count);
        Assert.Contains(Triple.Create("a.txt", "KIM", Predicate.Meets, "LEE"), predicted);
        Assert.Contains(new Triple("a.txt", "?Choi", Predicate.OfficialOf, "?South Korea"), predicted);
        var score = new NewsArticleScore("a.txt", "id", Gold().Required, predicted);
        Assert.Equal(2, score.TruePositives);
    }

    private static RelationAssertion Relation(string s, Predicate p, string o) =>
        new(s, p, o, new Evidence("x", 0, "", new TextSpan(0, 0), "test", 1));
}
