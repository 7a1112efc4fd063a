using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>
/// The seed-like graph with language-tagged names on North Korea, as the accumulator gives them to a
/// gazetteer country read in Indonesian text: a curated English and Indonesian name, a second
/// Indonesian name, an untagged one, and whatever <paramref name="extra"/> names a test adds.
/// </summary>
public static class TaggedGraph
{
    public const string NorthKorea = "country/north-korea";

    public static KnowledgeGraph SeedLike(params EntityName[] extra)
    {
        var graph = TestGraphs.SeedLike();
        var entities = graph.Entities.Select(e => e.Id != NorthKorea ? e : e with
        {
            Aliases = ["Korea Utara", "Korut", "Republik Rakyat Demokratik Korea", .. extra.Select(n => n.Text)],
            Names =
            [
                new("Korut", null), new("North Korea", "en"), new("Korea Utara", "id"), new("Republik Rakyat Demokratik Korea", "id"), .. extra,
            ],
            PreferredNames = [new("North Korea", "en"), new("Korea Utara", "id")],
        }).ToImmutableArray();
        return new KnowledgeGraph(entities, graph.Relations, graph.Articles, graph.Sentences);
    }
}
