using System.Collections.Immutable;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Tests.Support;

/// <summary>Rewrites every id of a graph under a prefix, so a live test never touches a user's own nodes.</summary>
public static class PrefixedGraph
{
    public static Neo4jGraph Under(string prefix, Neo4jGraph graph) => new(
        [.. graph.Entities.Select(e => e with { Id = prefix + e.Id })],
        [.. graph.Articles.Select(a => a with { Id = prefix + a.Id })],
        [.. graph.Sentences.Select(s => s with { Id = prefix + s.Id, ArticleId = prefix + s.ArticleId, EntityIds = All(prefix, s.EntityIds) })],
        [.. graph.Relations.Select(r => r with
        {
            SubjectId = prefix + r.SubjectId,
            ObjectId = prefix + r.ObjectId,
            Evidence = [.. r.Evidence.Select(e => e with { Id = prefix + e.Id, SentenceId = prefix + e.SentenceId })],
        })]);

    private static ImmutableArray<string> All(string prefix, ImmutableArray<string> ids) => [.. ids.Select(id => prefix + id)];
}
