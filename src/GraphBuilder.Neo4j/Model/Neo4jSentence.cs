using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Model;

/// <summary>
/// A <c>:Sentence</c> node (id "articleId/index"): linked from its article by <c>HAS_SENTENCE</c>
/// and to the entities it mentions by <c>MENTIONS</c>.
/// </summary>
public sealed record Neo4jSentence(string Id, string ArticleId, int Index, string Text)
{
    /// <summary>Ids of the mentioned entities, ordinal-sorted.</summary>
    public ImmutableArray<string> EntityIds { get; init; } = [];
}
