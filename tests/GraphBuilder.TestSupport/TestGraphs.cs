using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;

namespace GraphBuilder.TestSupport;

/// <summary>Hand-made knowledge graphs for exporter tests, built through the real accumulator.</summary>
public static class TestGraphs
{
    /// <summary>Names and sentences that break naive escaping in every output format.</summary>
    public static readonly ImmutableArray<string> NastyStrings =
    [
        "Plain Name",
        "O'Brien \"The Quote\" Smith",
        "Back\\slash \\n not newline",
        "Line\nbreak\r\nand\ttab",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(2)>",
        "Braces {x} pipes | carets ^ backtick ` dollar $name",
        "Emoji 🇰🇵🚀 and astral 𝔘",
        "عبد الله بن علي",
        "Combining e\u0301 and a\u0308",
        "Lone \uD800 surrogate",
        "MATCH (n) DETACH DELETE n //",
        "]]> </graphml> &amp; &",
        "Null-ish \u0001\u001F control",
    ];

    /// <summary>A small graph shaped like the seeds: two countries, three people, typed relations with evidence.</summary>
    public static KnowledgeGraph SeedLike()
    {
        var text = "Korea Utara mendukung Rusia. Choe Son Hui bertemu Sergei Lavrov di Moskow. Kim Jong Un adalah pemimpin Korea Utara.";
        var article = new Article(ContentHash.ArticleId(text), "Korea Utara dukung Rusia", text, "seed-like.txt")
        {
            Published = new DateOnly(2024, 11, 1),
            Url = "https://example.org/news/1",
            Language = "id",
        };
        var nk = Entity(EntityType.Country, "North Korea", "Q423", "Korea Utara", "Korut");
        var ru = Entity(EntityType.Country, "Russia", "Q159", "Rusia");
        var choe = Entity(EntityType.Person, "Choe Son Hui", null, "Choe");
        var lavrov = Entity(EntityType.Person, "Sergei Lavrov", null, "Lavrov");
        var kim = Entity(EntityType.Person, "Kim Jong Un", "Q56226", "Kim");
        var doc = Build(article, [nk, ru, choe, lavrov, kim],
        [
            (nk.Id, Predicate.Supports, ru.Id, 0, "Korea Utara mendukung Rusia."),
            (choe.Id, Predicate.Meets, lavrov.Id, 1, "Choe Son Hui bertemu Sergei Lavrov di Moskow."),
            (kim.Id, Predicate.LeaderOf, nk.Id, 2, "Kim Jong Un adalah pemimpin Korea Utara."),
            (choe.Id, Predicate.OfficialOf, nk.Id, 1, "Choe Son Hui bertemu Sergei Lavrov di Moskow."),
            (lavrov.Id, Predicate.OfficialOf, ru.Id, 1, "Choe Son Hui bertemu Sergei Lavrov di Moskow."),
        ]);
        var acc = new GraphAccumulator();
        acc.Add(doc);
        return acc.Snapshot();
    }

    /// <summary>One person per nasty string, each meeting the next, with the nasty string as name, alias and sentence.</summary>
    public static KnowledgeGraph Torture()
    {
        var text = string.Join(" ", NastyStrings);
        var article = new Article(ContentHash.ArticleId(text), "Torture \"title\" <b>&</b> \n x", text, "torture/\"odd\" name.txt")
        {
            Url = "https://example.org/a?x=1&y=<2>",
            Published = new DateOnly(2025, 2, 28),
            Language = "en",
        };
        var entities = NastyStrings.Select((s, i) => new DocumentEntity($"person/nasty-{i}", EntityType.Person, s)
        {
            NameLanguage = "en",
            Aliases = [s + " alias", "'" + s + "'"],
        }).ToList();
        var country = Entity(EntityType.Country, "Côte d'Ivoire", "Q1008", "Pantai Gading");
        entities.Add(country);
        var relations = new List<(string, Predicate, string, int, string)>();
        for (var i = 0; i < NastyStrings.Length; i++)
        {
            relations.Add((entities[i].Id, Predicate.Meets, entities[(i + 1) % NastyStrings.Length].Id, i, NastyStrings[i]));
            relations.Add((entities[i].Id, Predicate.OfficialOf, country.Id, i, NastyStrings[i]));
        }
        var doc = Build(article, entities, relations, attribution: "menurut \"sumber\" <anonim>");
        var acc = new GraphAccumulator();
        acc.Add(doc);
        return acc.Snapshot();
    }

    /// <summary>A linked entity as the gazetteer would produce it.</summary>
    public static DocumentEntity Entity(EntityType type, string name, string? qid, params string[] aliases) =>
        new(StableId.For(type, name), type, name) { NameLanguage = "en", Wikidata = qid, Aliases = [.. aliases], FromGazetteer = true };

    /// <summary>Builds a processed document with one sentence per distinct sentence text given.</summary>
    public static Document Build(
        Article article,
        IReadOnlyList<DocumentEntity> entities,
        IReadOnlyList<(string Subject, Predicate Predicate, string Object, int Sentence, string SentenceText)> relations,
        string? attribution = null)
    {
        var relationList = relations.Select(r => new RelationAssertion(r.Subject, r.Predicate, r.Object,
            new Evidence(article.Id, r.Sentence, r.SentenceText, new TextSpan(0, r.SentenceText.Length), "test-rule", 0.9)
            {
                Attribution = attribution,
                Date = article.Published,
            })).ToImmutableArray();
        var mentions = relations.SelectMany(r => new[]
        {
            new EntityMention(new TextSpan(0, 1), TypeOf(entities, r.Subject), "x", r.Sentence, "test") { EntityId = r.Subject },
            new EntityMention(new TextSpan(0, 1), TypeOf(entities, r.Object), "x", r.Sentence, "test") { EntityId = r.Object },
        }).ToImmutableArray();
        var sentenceCount = relations.Count == 0 ? 0 : relations.Max(r => r.Sentence) + 1;
        return new Document(article)
        {
            Language = article.Language ?? "und",
            Sentences = [.. Enumerable.Range(0, sentenceCount).Select(i => new Sentence(i, new TextSpan(0, 0), 0, 0))],
            Entities = [.. entities],
            Mentions = mentions,
            Relations = relationList,
        };
    }

    private static EntityType TypeOf(IReadOnlyList<DocumentEntity> entities, string id) => entities.First(e => e.Id == id).Type;
}
