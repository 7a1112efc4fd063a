using System.Collections.Concurrent;
using System.Diagnostics;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Ingestion.Processing;

/// <summary>
/// Streams articles from the source through the pipeline, several at a time, into a
/// <see cref="GraphAccumulator"/>. Only the articles in flight are held in memory.
/// Problems with one input are recorded and the run goes on.
/// </summary>
public sealed class CorpusProcessor(DocumentPipeline pipeline, ArticleSource source, int maxParallelism)
{
    /// <summary>Raised after each input result (article or error), with its byte count; called from worker threads.</summary>
    public event Action<ArticleReadResult>? Progress;

    /// <summary>Optional per-document observer (e.g. evaluation), called from worker threads.</summary>
    public Action<Document>? OnDocument { get; init; }

    public IngestReport Run(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var accumulator = new GraphAccumulator();
        var errors = new ConcurrentBag<string>();
        var warnings = new ConcurrentBag<string>();
        long sentences = 0, bytes = 0;
        int read = 0, duplicates = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        var partitioner = Partitioner.Create(source.ReadAll(paths, cancellationToken), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(partitioner, options, result =>
        {
            Interlocked.Add(ref bytes, result.Bytes);
            if (result.Article is null)
            {
                errors.Add($"{result.Path}: {result.Error}");
            }
            else if (accumulator.Contains(result.Article.Id))
            {
                Interlocked.Increment(ref duplicates);
                accumulator.Add(new Document(result.Article));
            }
            else
            {
                Process(result.Article);
            }
            Progress?.Invoke(result);
        });

        void Process(Article article)
        {
            Document document;
            try
            {
                document = pipeline.Process(article);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add($"{article.SourcePath}: extraction failed: {e.GetType().Name}: {e.Message}");
                return;
            }
            if (!accumulator.Add(document))
            {
                Interlocked.Increment(ref duplicates);
                return;
            }
            Interlocked.Increment(ref read);
            Interlocked.Add(ref sentences, document.Sentences.Length);
            foreach (var w in document.Warnings) warnings.Add($"{article.SourcePath}: {w}");
            OnDocument?.Invoke(document);
        }

        return new IngestReport(accumulator.Snapshot())
        {
            ArticlesRead = read,
            DuplicateArticles = duplicates,
            Sentences = sentences,
            BytesRead = bytes,
            Elapsed = clock.Elapsed,
            Errors = [.. errors.Order(StringComparer.Ordinal)],
            Warnings = [.. warnings.Order(StringComparer.Ordinal)],
        };
    }
}
