using System.Collections.Concurrent;
using System.Diagnostics;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Core.Store;
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

    /// <summary>Longest time one article may take in the pipeline; then its remaining steps are skipped with a warning.</summary>
    public TimeSpan ArticleTimeBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where each article's record goes as soon as it is added (sorted run files on disk, merged later in
    /// article order); then <see cref="IngestReport.Records"/> stays empty. Earlier records (passed to
    /// <see cref="Run(IEnumerable{string}, IReadOnlyCollection{ArticleContribution}, CancellationToken)"/>) are not
    /// added to it: they come from a store, which the caller adds whole (<see cref="RecordSpill.AddStore"/>).
    /// Null: the records are kept in memory.
    /// </summary>
    public RecordSpill? Spill { get; init; }

    public IngestReport Run(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Run(paths, [], cancellationToken);

    /// <summary>
    /// Processes the articles under <paramref name="paths"/> on top of <paramref name="earlier"/>, the records of
    /// articles processed before (from an article store): those are replayed, not extracted again, and an input
    /// with the same content as one of them is a duplicate. The result is what one run over the earlier inputs
    /// followed by <paramref name="paths"/> gives, because the accumulator's merge does not depend on order.
    /// </summary>
    public IngestReport Run(IEnumerable<string> paths, IReadOnlyCollection<ArticleContribution> earlier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var clock = Stopwatch.StartNew();
        var accumulator = new GraphAccumulator();
        var records = new ConcurrentBag<ArticleContribution>();
        foreach (var record in earlier)
        {
            // Spilled runs already hold them: the caller merges their store in (RecordSpill.AddStore).
            if (accumulator.Add(record) && Spill is null) records.Add(record);
        }
        var errors = new ConcurrentBag<string>();
        var warnings = new ConcurrentBag<string>();
        long sentences = 0, bytes = 0;
        int read = 0, duplicates = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        // Claims run on the enumerating thread, in reading order, so among copies of the same text the
        // first one read is kept, whole (its path, title, URL, date and language), at any parallelism.
        var claimed = new HashSet<string>(earlier.Select(r => r.Article.Id), StringComparer.Ordinal);
        var inputs = source.ReadAll(paths, cancellationToken)
            .Select(r => (Result: r, Duplicate: r.Article is { } a && !claimed.Add(a.Id)));
        var partitioner = Partitioner.Create(inputs, EnumerablePartitionerOptions.NoBuffering);
        try
        {
            Parallel.ForEach(partitioner, options, input =>
            {
                var result = input.Result;
                Interlocked.Add(ref bytes, result.Bytes);
                foreach (var w in result.Warnings) warnings.Add($"{result.Path}: {w}");
                if (result.Error is not null) errors.Add($"{result.Path}: {result.Error}");
                else if (input.Duplicate) Interlocked.Increment(ref duplicates);
                else if (result.Article is { } article) Process(article);
                Progress?.Invoke(result);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            // Cancellation seen by the reading side arrives wrapped; it is still a cancellation.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1 && e.InnerException is IOException or UnauthorizedAccessException)
        {
            // Spilling records failed (disk full, permissions): the same error the caller gets from writing files.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }

        void Keep(ArticleContribution record)
        {
            if (Spill is { } spill) spill.Add(record);
            else records.Add(record);
        }

        void Process(Article article)
        {
            Document document;
            try
            {
                if (ArticleBudget.Run(pipeline, article, ArticleTimeBudget, cancellationToken) is not { } done)
                {
                    errors.Add($"{article.SourcePath}: extraction took longer than the {ArticleTimeBudget.TotalSeconds:0.#} s per-article budget (Ingest:ArticleTimeBudget); article skipped, the run goes on");
                    return;
                }
                document = done;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add($"{article.SourcePath}: extraction failed: {e.GetType().Name}: {e.Message}");
                return;
            }
            var contribution = ArticleContribution.From(document);
            if (!accumulator.Add(contribution))
            {
                Interlocked.Increment(ref duplicates);
                return;
            }
            Keep(contribution);
            Interlocked.Increment(ref read);
            Interlocked.Add(ref sentences, document.Sentences.Length);
            foreach (var w in document.Warnings) warnings.Add($"{article.SourcePath}: {w}");
            OnDocument?.Invoke(document);
        }

        return new IngestReport(accumulator.Snapshot())
        {
            Records = [.. records.OrderBy(r => r.Article.Id, StringComparer.Ordinal)],
            ArticlesRead = read,
            ArticlesKept = accumulator.ArticleCount - read,
            DuplicateArticles = duplicates,
            Sentences = sentences,
            BytesRead = bytes,
            Elapsed = clock.Elapsed,
            Errors = [.. errors.Order(StringComparer.Ordinal)],
            Warnings = [.. warnings.Order(StringComparer.Ordinal)],
        };
    }
}
