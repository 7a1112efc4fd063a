using GraphBuilder.Cli.Exporters;
using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

public sealed class ExportRunnerTests
{
    private static Dictionary<string, byte[]> Files(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes);

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Run_InParallel_SameFilesAsOneAfterAnother(int parallelism)
    {
        using var one = new TempDirectory();
        using var many = new TempDirectory();
        var exporters = ExporterCatalog.All(new ExportSettings());

        var serial = ExportRunner.Run(TestGraphs.Torture(), new OutputDirectory(one.Path), exporters, parallelism: 1);
        var parallel = ExportRunner.Run(TestGraphs.Torture(), new OutputDirectory(many.Path), exporters, parallelism: parallelism);

        Assert.All(serial.Concat(parallel), o => Assert.Null(o.Error));
        Assert.Equal(exporters.Select(e => e.Format), parallel.Select(o => o.Exporter.Format)); // outcomes in registry order
        var expected = Files(one.Path);
        var actual = Files(many.Path);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, f => Assert.Equal(f.Value, actual[f.Key]));
    }

    [Fact]
    public void Run_OneExporterFails_ItIsReportedAndTheOthersAreWritten()
    {
        using var dir = new TempDirectory();
        var failing = SingleFileExporter.Binary("bad", "bad.bin", (_, _, _) => throw new InvalidDataException("no room"));
        IGraphExporter[] exporters = [GraphBuilder.Rdf.Export.RdfExporter.NTriples(new ExportSettings()), failing, GraphBuilder.Visualization.Json.GraphJsonExporter.Create()];
        var started = new List<(string, int, int)>();

        var outcomes = ExportRunner.Run(TestGraphs.SeedLike(), new OutputDirectory(dir.Path), exporters,
            starting: (e, position, count) => started.Add((e.Format, position, count)), parallelism: 2);

        Assert.Equal([null, "InvalidDataException: no room", null], outcomes.Select(o => o.Error));
        Assert.True(File.Exists(dir.File("graph.nt")) && File.Exists(dir.File("graph.json")));
        Assert.False(File.Exists(dir.File("bad.bin")));
        Assert.Equal([("nt", 1, 3), ("bad", 2, 3), ("json", 3, 3)], started.OrderBy(s => s.Item2));
    }

    [Fact]
    public void Run_Cancelled_Throws()
    {
        using var dir = new TempDirectory();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ExportRunner.Run(TestGraphs.SeedLike(), new OutputDirectory(dir.Path), ExporterCatalog.All(new ExportSettings()), cancelled.Token));
    }
}
