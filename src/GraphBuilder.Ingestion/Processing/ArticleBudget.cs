using System.Diagnostics;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Ingestion.Processing;

/// <summary>
/// Runs the pipeline's components over one article with a time budget, checked after each component:
/// an article still unfinished when the budget is spent is abandoned (null), so one pathological
/// article costs at most its budget plus one component, and the run goes on.
/// </summary>
public static class ArticleBudget
{
    public static Document? Run(DocumentPipeline pipeline, Article article, TimeSpan budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(article);
        var clock = Stopwatch.StartNew();
        var document = new Document(article);
        var components = pipeline.Components;
        for (var i = 0; i < components.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = components[i].Process(document);
            if (i < components.Length - 1 && clock.Elapsed > budget) return null;
        }
        return document;
    }
}
