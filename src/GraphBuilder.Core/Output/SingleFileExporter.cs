using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Output;

/// <summary>
/// The common shape of an export that is one file: a format name, a file name and a function that
/// streams the graph into that file. The file is written through <see cref="OutputDirectory"/>, so
/// it appears atomically; text files are UTF-8 with "\n" line endings.
/// </summary>
public sealed class SingleFileExporter : IGraphExporter
{
    private readonly Action<KnowledgeGraph, Stream, CancellationToken> _write;

    private SingleFileExporter(string format, string fileName, Action<KnowledgeGraph, Stream, CancellationToken> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(format);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        Format = format;
        FileName = fileName;
        FileNames = [fileName];
        _write = write ?? throw new ArgumentNullException(nameof(write));
    }

    public string Format { get; }

    /// <summary>The one file written, relative to the output directory.</summary>
    public string FileName { get; }

    public IReadOnlyList<string> FileNames { get; }

    /// <summary>An export written as bytes (JSON, XML with its own encoder).</summary>
    public static SingleFileExporter Binary(string format, string fileName, Action<KnowledgeGraph, Stream, CancellationToken> write) =>
        new(format, fileName, write);

    /// <summary>An export written as UTF-8 text with "\n" line endings.</summary>
    public static SingleFileExporter Text(string format, string fileName, Action<KnowledgeGraph, TextWriter, CancellationToken> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new(format, fileName, (graph, stream, ct) =>
        {
            using var writer = new StreamWriter(stream, OutputDirectory.Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(graph, writer, ct);
        });
    }

    public void Export(KnowledgeGraph graph, OutputDirectory output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();
        output.WriteFile(FileName, stream => _write(graph, stream, cancellationToken));
    }

    /// <summary>Writes the same bytes as <see cref="Export"/> to any stream (tests, benchmarks, stdout).</summary>
    public void Write(KnowledgeGraph graph, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stream);
        _write(graph, stream, cancellationToken);
    }
}
