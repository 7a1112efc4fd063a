using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Output;

namespace GraphBuilder.Core.Tests;

public sealed class SingleFileExporterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gb-single-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static SingleFileExporter Lines() => SingleFileExporter.Text("lines", "sub/lines.txt", (graph, writer, _) =>
    {
        writer.WriteLine($"articles: {graph.Articles.Length}");
        writer.WriteLine("Kim Jong Un — 김정은");
    });

    [Fact]
    public void Text_Export_WritesUtf8WithoutBomAndUnixLineEndings()
    {
        Lines().Export(KnowledgeGraph.Empty, new OutputDirectory(_dir));

        var bytes = File.ReadAllBytes(Path.Combine(_dir, "sub", "lines.txt"));
        Assert.Equal("articles: 0\nKim Jong Un — 김정은\n"u8.ToArray(), bytes);
    }

    [Fact]
    public void Write_ToAStream_SameBytesAsExport()
    {
        var exporter = Lines();
        exporter.Export(KnowledgeGraph.Empty, new OutputDirectory(_dir));
        using var stream = new MemoryStream();

        exporter.Write(KnowledgeGraph.Empty, stream);

        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "sub", "lines.txt")), stream.ToArray());
        Assert.Equal(("lines", "sub/lines.txt"), (exporter.Format, Assert.Single(exporter.FileNames)));
    }

    [Fact]
    public void Export_FailingWrite_LeavesNoFileBehind()
    {
        var failing = SingleFileExporter.Binary("bad", "bad.bin", (_, stream, _) =>
        {
            stream.Write([1, 2, 3]);
            throw new InvalidOperationException("disk on fire");
        });

        Assert.Throws<InvalidOperationException>(() => failing.Export(KnowledgeGraph.Empty, new OutputDirectory(_dir)));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }

    [Fact]
    public void Export_Cancelled_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Lines().Export(KnowledgeGraph.Empty, new OutputDirectory(_dir), cancelled.Token));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_dir));
    }
}
