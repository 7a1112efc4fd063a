using System.Collections.Immutable;
using System.Globalization;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Visualization.Tests;

/// <summary>Large synthetic graphs (preferential attachment, so a few hubs and many leaves, like news graphs).</summary>
public static class GeneratedGraphs
{
    public static KnowledgeGraph PreferentialAttachment(int nodeCount, int edgesPerNode, int seed = 42)
    {
        var random = new Random(seed);
        var types = Enum.GetValues<EntityType>();
        var predicates = TestOntology.Predicates;
        var entities = Enumerable.Range(0, nodeCount)
            .Select(i => new GraphEntity($"{StableFolder(types[i % types.Length])}/entity-{i:D5}", types[i % types.Length], $"Entity {i.ToString(CultureInfo.InvariantCulture)}")
            {
                Aliases = [$"E{i}"],
                Wikidata = i % 3 == 0 ? $"Q{1000 + i}" : null,
                ArticleCount = 1 + (i % 5),
            })
            .ToImmutableArray();
        var article = new ArticleRecord("0123456789abcdef", "Generated article", "generated.txt") { Published = new DateOnly(2025, 1, 1), Language = "en" };
        var endpoints = new List<int>();
        var keys = new HashSet<(int, Predicate, int)>();
        var relations = new List<GraphRelation>();
        for (var i = 1; i < nodeCount; i++)
        {
            for (var k = 0; k < edgesPerNode && k < i; k++)
            {
                var target = endpoints.Count == 0 || random.Next(4) == 0 ? random.Next(i) : endpoints[random.Next(endpoints.Count)];
                var predicate = predicates[random.Next(predicates.Count)];
                var (s, o) = predicate.IsSymmetric && string.CompareOrdinal(entities[i].Id, entities[target].Id) > 0 ? (target, i) : (i, target);
                if (s == o || !keys.Add((s, predicate, o))) continue;
                endpoints.Add(i);
                endpoints.Add(target);
                var sentence = $"{entities[s].Name} {predicate.LocalName} {entities[o].Name}.";
                relations.Add(new GraphRelation(entities[s].Id, predicate, entities[o].Id)
                {
                    Evidence = [new Evidence(article.Id, relations.Count, sentence, new TextSpan(0, sentence.Length), "generated", 0.8) { Date = article.Published }],
                    ArticleIds = [article.Id],
                    Confidence = 0.8,
                    FirstDate = article.Published,
                    LastDate = article.Published,
                });
            }
        }
        var sorted = relations
            .OrderBy(r => r.SubjectId, StringComparer.Ordinal).ThenBy(r => r.Predicate).ThenBy(r => r.ObjectId, StringComparer.Ordinal)
            .ToImmutableArray();
        return new KnowledgeGraph(entities, sorted, [article], []);
    }

    private static string StableFolder(EntityType type) => type.ToString().ToLowerInvariant();
}
