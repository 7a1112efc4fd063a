using System.Collections.Immutable;
using System.Globalization;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>
/// Generated graphs shaped like a year of news: one relation ("Russia SUPPORTS ...") carrying
/// <c>evidence</c> pieces of evidence, one per article, and the other articles each adding a MEETS
/// between two of 200 people. Deterministic, built straight in the Neo4j model (no extraction).
/// </summary>
public static class LargeRelation
{
    public static Neo4jGraph Graph(int evidence, int articles = 0)
    {
        articles = Math.Max(articles, evidence);
        var people = Enumerable.Range(0, 200).Select(i => new Neo4jEntity(Id("person/p", i), EntityType.Person, "Person " + N(i)) { Aliases = ["P" + N(i)] }).ToList();
        Neo4jEntity[] countries = [new("country/russia", EntityType.Country, "Russia") { Aliases = ["Rusia"], Wikidata = "Q159" },
            new("country/north-korea", EntityType.Country, "North Korea") { Aliases = ["Korea Utara"], Wikidata = "Q423" }];
        var start = new DateOnly(2024, 1, 1);
        var articleNodes = new List<Neo4jArticle>(articles);
        var sentences = new List<Neo4jSentence>(articles);
        var supports = ImmutableArray.CreateBuilder<Neo4jEvidence>(evidence);
        var meets = new Dictionary<(string, string), List<Neo4jEvidence>>();
        for (var i = 0; i < articles; i++)
        {
            var id = i.ToString("x16", CultureInfo.InvariantCulture);
            var date = start.AddDays(i % 366);
            articleNodes.Add(new Neo4jArticle(id, "Article " + N(i), $"corpus/{N(i)}.txt") { Published = date, Language = "en", SentenceCount = 1 });
            var sentence = id + "/0";
            if (i < evidence)
            {
                sentences.Add(new Neo4jSentence(sentence, id, 0, $"North Korea supports Russia, report {N(i)} says.") { EntityIds = ["country/north-korea", "country/russia"] });
                supports.Add(Evidence("country/north-korea", "SUPPORTS", "country/russia", id, date, 0.6 + (i % 4) * 0.1));
                continue;
            }
            var (a, b) = (people[i % 200].Id, people[(i * 7 + 1) % 200].Id);
            if (string.CompareOrdinal(a, b) > 0) (a, b) = (b, a);
            if (a == b) b = people[(i + 1) % 200].Id;
            sentences.Add(new Neo4jSentence(sentence, id, 0, $"Person {N(i % 200)} met Person {N((i * 7 + 1) % 200)} on day {N(i)}.") { EntityIds = [a, b] });
            if (!meets.TryGetValue((a, b), out var list)) meets[(a, b)] = list = [];
            list.Add(Evidence(a, "MEETS", b, id, date, 0.8));
        }
        var relations = meets.Select(kv => new Neo4jRelation(kv.Key.Item1, Predicate.Meets, kv.Key.Item2) { Evidence = [.. kv.Value.OrderBy(e => e.Id, StringComparer.Ordinal)] })
            .Append(new Neo4jRelation("country/north-korea", Predicate.Supports, "country/russia") { Evidence = [.. supports.OrderBy(e => e.Id, StringComparer.Ordinal)] })
            .OrderBy(r => r.SubjectId, StringComparer.Ordinal).ThenBy(r => r.ObjectId, StringComparer.Ordinal);
        return new Neo4jGraph([.. countries.Concat(people).OrderBy(e => e.Id, StringComparer.Ordinal)], [.. articleNodes],
            [.. sentences.OrderBy(s => s.Id, StringComparer.Ordinal)], [.. relations]);
    }

    private static Neo4jEvidence Evidence(string s, string type, string o, string article, DateOnly date, double confidence) =>
        new(Neo4jEvidence.IdFor(s, type, o, $"{article}/0/0-40/svo"), article + "/0", confidence, "svo") { Date = date, Start = 0, End = 40 };

    private static string Id(string prefix, int i) => prefix + N(i);

    private static string N(int i) => i.ToString(CultureInfo.InvariantCulture);
}
