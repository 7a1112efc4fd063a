using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

/// <summary>Hand-made article records for the store and spill tests.</summary>
internal static class StoreSamples
{
    // Every field the accumulator reads set to something unusual: nasty strings, a lone surrogate, nulls and dates.
    public static ArticleContribution Contribution(int i)
    {
        var text = "article " + i + " " + TestGraphs.NastyStrings[i % TestGraphs.NastyStrings.Length];
        var article = new Article(ContentHash.ArticleId(text), "Title " + TestGraphs.NastyStrings[(i + 3) % TestGraphs.NastyStrings.Length], text, $"dir/{i}.txt")
        {
            Url = i % 2 == 0 ? null : $"https://example.org/{i}",
            Published = i % 3 == 0 ? null : new DateOnly(2024, 1, 1).AddDays(i),
            Language = i % 2 == 0 ? "id" : "en",
        };
        var nk = TestGraphs.Entity(EntityType.Country, "North Korea", "Q423", "Korea Utara") with
        {
            Names = [new("North Korea", "en"), new("Korut", "id")],
            Labels = [new("Korea Utara", "id")],
        };
        var person = new DocumentEntity($"person/p-{i % 4}", EntityType.Person, TestGraphs.NastyStrings[i % TestGraphs.NastyStrings.Length])
        {
            NameLanguage = i % 2 == 0 ? null : "en",
            Aliases = ["Lone \uDC00 low surrogate", "P" + i],
        };
        var doc = TestGraphs.Build(article, [nk, person],
        [
            (person.Id, Predicate.OfficialOf, nk.Id, 1, "Sentence \uD800 " + i),
            (person.Id, Predicate.Meets, nk.Id, 1, "Sentence \uD800 " + i),
            (nk.Id, Predicate.Accuses, person.Id, 4, "Other sentence " + i),
        ], attribution: i % 2 == 0 ? null : "menurut \"sumber\"");
        return ArticleContribution.From(doc with { Relations = [.. doc.Relations.Select((r, k) => r with { Evidence = r.Evidence with { Confidence = 0.1 * k + 1e-17 * i } })] });
    }
}
