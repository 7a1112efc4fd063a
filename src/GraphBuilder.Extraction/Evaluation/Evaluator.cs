using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Extraction.Evaluation;

/// <summary>Runs the pipeline over articles and scores the distinct triples of each article against a gold standard.</summary>
public static class Evaluator
{
    /// <summary>Scores the articles whose file names the gold standard covers; other articles are ignored.</summary>
    public static EvaluationReport Evaluate(DocumentPipeline pipeline, GoldStandard gold, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(articles);
        var covered = gold.Articles;
        var predicted = new HashSet<Triple>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var name = Path.GetFileName(article.SourcePath.Split(':')[0]);
            if (!covered.Contains(name)) continue;
            seen.Add(name);
            foreach (var r in pipeline.Process(article).Relations) predicted.Add(Triple.Create(name, r.SubjectId, r.Predicate, r.ObjectId));
        }
        var goldSeen = gold.Triples.Where(t => seen.Contains(t.Article)).ToHashSet();
        return new EvaluationReport(goldSeen, predicted);
    }
}
