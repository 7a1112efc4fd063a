using System.Collections.Immutable;

namespace GraphBuilder.Core.Graph;

/// <summary>A sentence that carries evidence for at least one relation, and the entities it mentions.</summary>
public sealed record SentenceRecord(string ArticleId, int Index, string Text)
{
    /// <summary>Ids of the entities mentioned in the sentence, ordinal-sorted.</summary>
    public ImmutableArray<string> EntityIds { get; init; } = [];

    /// <summary>Stable id "articleId/index".</summary>
    public string Id => IdFor(ArticleId, Index);

    public static string IdFor(string articleId, int index) => $"{articleId}/{index}";
}
