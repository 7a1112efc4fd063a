using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Streaming.Sinks;

/// <summary>
/// Writes each article's graph as <c>DIR/&lt;article id&gt;.json</c> (the graph.json format). The file name is the
/// article's content id and the bytes depend only on the article, so writing it again after a redelivery
/// leaves the same file: one file per article however often it was processed. Each file is written to a
/// temporary name under <c>DIR/.partial/</c> and renamed into place, so the directory only ever holds complete
/// files (a killed worker may leave a temporary file behind in <c>.partial</c>; it is never read).
/// </summary>
public sealed class GraphJsonDirectorySink : IBatchSink
{
    private readonly string _directory;
    private readonly string _partial;

    public GraphJsonDirectorySink(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
        _partial = Path.Combine(_directory, ".partial");
        Directory.CreateDirectory(_partial);
    }

    public string Name => "graph.json files in " + _directory;

    /// <summary>The file an article's graph is written to.</summary>
    public string PathFor(string articleId) => Path.Combine(_directory, articleId + ".json");

    public Task WriteAsync(IReadOnlyList<Document> documents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            ct.ThrowIfCancellationRequested();
            var accumulator = new GraphAccumulator();
            accumulator.Add(document);
            var target = PathFor(document.Article.Id);
            var temporary = Path.Combine(_partial, $"{document.Article.Id}.{Environment.ProcessId}.tmp");
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                GraphJsonSerializer.Write(accumulator.Snapshot(), stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        return Task.CompletedTask;
    }
}
