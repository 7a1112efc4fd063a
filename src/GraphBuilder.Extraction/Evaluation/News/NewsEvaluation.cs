using System.Globalization;
using System.Text;

namespace GraphBuilder.Extraction.Evaluation.News;

/// <summary>Per-article scores of a news-dev evaluation, with micro-averaged reports overall and per language.</summary>
public sealed class NewsEvaluation(IReadOnlyList<NewsArticleScore> articles)
{
    public IReadOnlyList<NewsArticleScore> Articles { get; } = articles;

    /// <summary>Micro-averaged over all articles (sums of per-article true/false positives and misses).</summary>
    public EvaluationReport Overall => Report(Articles);

    /// <summary>Micro-averaged per detected article language, ordered by language code.</summary>
    public IReadOnlyList<(string Language, EvaluationReport Report)> ByLanguage =>
        [.. Articles.GroupBy(a => a.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Report(g)))];

    private static EvaluationReport Report(IEnumerable<NewsArticleScore> scores)
    {
        var list = scores.ToList();
        return new EvaluationReport(list.SelectMany(a => a.Gold).ToHashSet(), list.SelectMany(a => a.Predicted).ToHashSet());
    }

    /// <summary>A line per article, a line per language, then the overall table with misses and false triples.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        foreach (var a in Articles)
        {
            var fp = a.Predicted.Count - a.TruePositives;
            sb.Append(CultureInfo.InvariantCulture, $"{a.Article,-52} {a.Language,-3} gold {a.Gold.Count,3}  tp {a.TruePositives,3}  fp {fp,3}  fn {a.Gold.Count - a.TruePositives,3}\n");
        }
        sb.Append('\n');
        foreach (var (language, report) in ByLanguage) Line(sb, $"language {language}", report.Overall);
        Line(sb, "overall", Overall.Overall);
        sb.Append('\n').Append(Overall.Format());
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string name, PredicateScore s) =>
        sb.Append(CultureInfo.InvariantCulture, $"{name}: P={s.Precision:0.000} R={s.Recall:0.000} F1={s.F1:0.000} (gold {s.Gold}, predicted {s.Predicted}, correct {s.Correct})\n");
}
