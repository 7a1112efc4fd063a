using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Visualization.Html;

/// <summary>
/// The data graph.html embeds: every entity and relation, but per relation at most
/// <see cref="MaxEvidencePerRelation"/> pieces of evidence (the most confident first; the rest only
/// counted, and all of them in graph.json and Neo4j), the articles those cite, each relation's
/// distinct evidence dates and its article count. Its size follows the graph, not the corpus.
/// </summary>
public static class PageData
{
    /// <summary>Pieces of evidence per relation embedded in the page.</summary>
    public const int MaxEvidencePerRelation = 12;

    public static GraphJsonDocument For(KnowledgeGraph graph, int maxEvidencePerRelation = MaxEvidencePerRelation)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegative(maxEvidencePerRelation);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var relations = new List<GraphJsonRelation>(graph.Relations.Length);
        foreach (var r in graph.Relations)
        {
            var shown = ShownEvidence(r, maxEvidencePerRelation);
            foreach (var e in shown) cited.Add(e.ArticleId);
            relations.Add(GraphJsonMapper.ToJson(r, shown, e => e.SentenceText) with
            {
                ArticleIds = [],
                ArticleCount = r.ArticleIds.Length,
                Dates = [.. r.Evidence.Where(e => e.Date is not null).Select(e => e.Date!.Value).Distinct().Order()
                    .Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))],
            });
        }
        return new GraphJsonDocument(GraphJsonDocument.FormatName, GraphJsonDocument.CurrentVersion,
            [.. graph.Entities.Select(GraphJsonMapper.ToJson)],
            relations,
            [.. graph.Articles.Where(a => cited.Contains(a.Id)).Select(GraphJsonMapper.ToJson)],
            []);
    }

    /// <summary>
    /// The evidence the page shows for a relation: the <paramref name="max"/> most confident (ties: the
    /// earlier), listed in the graph's (article, sentence, span) order. All of it when there is no more.
    /// </summary>
    public static IReadOnlyList<Evidence> ShownEvidence(GraphRelation relation, int max = MaxEvidencePerRelation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (relation.Evidence.Length <= max) return relation.Evidence;
        return [.. relation.Evidence.Select((e, i) => (e, i)).OrderByDescending(p => p.e.Confidence).ThenBy(p => p.i)
            .Take(max).OrderBy(p => p.i).Select(p => p.e)];
    }
}
