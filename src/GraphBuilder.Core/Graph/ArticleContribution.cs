using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;

namespace GraphBuilder.Core.Graph;

/// <summary>
/// Exactly what <see cref="GraphAccumulator"/> takes from one processed document: the article's metadata,
/// its entities (with every name that votes for the display name), its relations with their evidence,
/// and the evidence sentences with the entities they mention. Replaying a contribution adds the same
/// as adding the document it came from, so contributions can be stored (<c>Store/ArticleStore</c>) and
/// replayed later without extracting the article again.
/// </summary>
public sealed record ArticleContribution(
    ArticleRecord Article,
    ImmutableArray<DocumentEntity> Entities,
    ImmutableArray<RelationAssertion> Relations,
    ImmutableArray<SentenceRecord> Sentences)
{
    /// <summary>The contribution of a processed document (what the accumulator keeps of it).</summary>
    public static ArticleContribution From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var article = document.Article;
        var record = new ArticleRecord(article.Id, article.Title, article.SourcePath)
        {
            Url = article.Url,
            Published = document.Date,
            Language = document.Language,
            SentenceCount = document.Sentences.Length,
            ContentHash = ContentHash.Of(article.Text),
        };
        return new ArticleContribution(record, document.Entities, document.Relations, EvidenceSentences(document));
    }

    // The sentence of each relation's evidence, once, in relation order (the first evidence's text wins).
    private static ImmutableArray<SentenceRecord> EvidenceSentences(Document document)
    {
        if (document.Relations.Length == 0) return [];
        var mentions = document.Mentions
            .Where(m => m.EntityId is not null)
            .GroupBy(m => m.SentenceIndex)
            .ToDictionary(g => g.Key, g => g.Select(m => m.EntityId!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentences = ImmutableArray.CreateBuilder<SentenceRecord>();
        foreach (var evidence in document.Relations.Select(r => r.Evidence))
        {
            if (!seen.Add(SentenceRecord.IdFor(evidence.ArticleId, evidence.SentenceIndex))) continue;
            mentions.TryGetValue(evidence.SentenceIndex, out var ids);
            sentences.Add(new SentenceRecord(evidence.ArticleId, evidence.SentenceIndex, evidence.SentenceText)
            {
                EntityIds = ids.IsDefault ? [] : ids,
            });
        }
        return sentences.ToImmutable();
    }
}
