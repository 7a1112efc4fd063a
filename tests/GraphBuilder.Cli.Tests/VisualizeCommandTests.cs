using GraphBuilder.Core.Output;
using GraphBuilder.TestSupport;
using GraphBuilder.Visualization.GraphMl;
using GraphBuilder.Visualization.Html;
using GraphBuilder.Visualization.Json;

namespace GraphBuilder.Cli.Tests;

public sealed class VisualizeCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string WriteSnapshot()
    {
        GraphJsonExporter.Create().Export(TestGraphs.SeedLike(), new OutputDirectory(_dir.Path));
        return _dir.Path;
    }

    private static byte[] Expected(IGraphExporter exporter, TempDirectory into, string file)
    {
        exporter.Export(TestGraphs.SeedLike(), new OutputDirectory(into.Path));
        return File.ReadAllBytes(into.File(file));
    }

    [Fact]
    public void Visualize_FromDirectoryWithGraphJson_WritesSamePageAndGraphMlAsTheExporters()
    {
        var from = WriteSnapshot();

        var result = CliRunner.Run("visualize", "--from", from);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("graph.html (5 entities, 5 relations)", result.Out);
        using var expected = new TempDirectory();
        Assert.Equal(Expected(HtmlPageExporter.Create(), expected, HtmlPageExporter.FileName), File.ReadAllBytes(_dir.File(HtmlPageExporter.FileName)));
        Assert.Equal(Expected(GraphMlExporter.Create(), expected, GraphMlExporter.FileName), File.ReadAllBytes(_dir.File(GraphMlExporter.FileName)));
    }

    [Fact]
    public void Visualize_OutAndFormats_WritesOnlyTheChosenFileThere()
    {
        var from = WriteSnapshot();
        using var target = new TempDirectory();

        var result = CliRunner.Run("visualize", "--from", from, "--out", target.Path, "--formats", "graphml");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(target.File(GraphMlExporter.FileName)));
        Assert.False(File.Exists(target.File(HtmlPageExporter.FileName)));
        Assert.False(File.Exists(_dir.File(GraphMlExporter.FileName)));
    }

    [Fact]
    public void Visualize_NoGraphJson_ExitCode1NamingTheFile()
    {
        var result = CliRunner.Run("visualize", "--from", _dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(_dir.Path, "graph.json"), result.Err);
        Assert.Contains("not found", result.Err);
    }

    [Fact]
    public void Visualize_CorruptGraphJson_ExitCode1WithReasonAndNothingWritten()
    {
        File.WriteAllText(_dir.File("graph.json"), "{\"format\":\"graphbuilder-graph\",\"version\":1,\"entities\":[{\"id\":\"x\",\"class\":\"Planet\",\"name\":\"X\"}]}");

        var result = CliRunner.Run("visualize", "--from", _dir.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("graph.json", result.Err);
        Assert.Contains("unknown class \"Planet\"", result.Err);
        Assert.False(File.Exists(_dir.File(HtmlPageExporter.FileName)));
    }

    [Theory]
    [InlineData("--formats", "pdf")] // not a visualization format
    [InlineData("--bogus", "x")] // unknown option
    public void Visualize_BadUsage_ExitCode2(string option, string value)
    {
        var result = CliRunner.Run("visualize", "--from", WriteSnapshot(), option, value);

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Visualize_Help_DescribesFromOutAndFormats()
    {
        var result = CliRunner.Run("visualize", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--from", result.Out);
        Assert.Contains("--formats", result.Out);
        Assert.Contains("graph.json", result.Out);
    }

    public void Dispose() => _dir.Dispose();
}
