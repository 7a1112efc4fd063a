using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Extraction.Evaluation.News;

/// <summary>
/// Scores extraction against news-dev gold files one article at a time, as the reference scorer does, and
/// micro-averages: true positives are extracted triples that are required, false positives those neither
/// required nor optional; an extracted entity no gold entity matches stays in its triples as "?name".
/// </summary>
public static class NewsEvaluator
{
    public static NewsEvaluation Evaluate(DocumentPipeline pipeline, IReadOnlyList<NewsGold> golds, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentNullException.ThrowIfNull(articles);
        var byArticle = golds.ToDictionary(g => g.Article, StringComparer.Ordinal);
        var scored = new List<NewsArticleScore>();
        foreach (var article in articles)
        {
            var name = Path.GetFileName(article.SourcePath.Split(':')[0]);
            if (!byArticle.TryGetValue(name, out var gold) || scored.Any(s => s.Article == name)) continue;
            var document = pipeline.Process(article);
            scored.Add(new NewsArticleScore(name, document.Language, gold.Required, Predicted(document, gold)));
        }
        return new NewsEvaluation([.. scored.OrderBy(s => s.Article, StringComparer.Ordinal)]);
    }

    /// <summary>The article's extracted triples in gold keys, with the gold's optional triples removed.</summary>
    public static IReadOnlySet<Triple> Predicted(Document document, NewsGold gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        var matcher = new NewsEntityMatcher(gold);
        var keys = document.Entities.ToDictionary(e => e.Id, e => (Key: matcher.Resolve(e), e.Name), StringComparer.Ordinal);
        var predicted = new HashSet<Triple>();
        foreach (var r in document.Relations)
        {
            if (!keys.TryGetValue(r.SubjectId, out var s) || !keys.TryGetValue(r.ObjectId, out var o)) continue;
            // As the scorer: a triple with an unmatched end names both ends "?name" and keeps its direction.
            var triple = s.Key is { } sk && o.Key is { } ok
                ? Triple.Create(gold.Article, sk, r.Predicate, ok)
                : new Triple(gold.Article, "?" + s.Name, r.Predicate, "?" + o.Name);
            if (!gold.Optional.Contains(triple)) predicted.Add(triple);
        }
        return predicted;
    }
}

/// <summary>One article's required and predicted triples (optional ones already removed).</summary>
public sealed record NewsArticleScore(string Article, string Language, IReadOnlySet<Triple> Gold, IReadOnlySet<Triple> Predicted)
{
    public int TruePositives => Gold.Intersect(Predicted).Count();
}
