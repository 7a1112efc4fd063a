using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>How a resolution step hands its mentions back: the document itself when the step added none.</summary>
internal static class MentionSteps
{
    public static Document With(Document document, IReadOnlyList<EntityMention> before, IReadOnlyList<EntityMention> after) =>
        ReferenceEquals(before, after) ? document : document with { Mentions = [.. after] };
}
