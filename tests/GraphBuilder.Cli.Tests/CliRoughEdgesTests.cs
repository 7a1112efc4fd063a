using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>The small things a first-time user runs into (issue 14, point 6), and the terminal output of ingest (point 5).</summary>
public sealed class CliRoughEdgesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void IngestHelp_Formats_ListsEveryFormatName()
    {
        var result = CliRunner.Run("ingest", "--help");
        Assert.Equal(0, result.ExitCode);
        var help = Regex.Replace(result.Out, @"\s+", " ");
        Assert.Contains("nt, ttl, nq, trig, jsonld", help);
        Assert.Contains("graphml", help);
        Assert.Contains("html", help);
    }

    [Fact]
    public void Ingest_EmptyFormats_IsUsageError()
    {
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", _dir.Path, "--formats", "");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--formats is empty", result.Err);
        Assert.False(File.Exists(_dir.File("graph.nt")));
    }

    [Fact]
    public void Eval_MissingGoldFile_SaysGoldFileNotFound()
    {
        var result = CliRunner.Run("eval", RepoPaths.Seeds, "--gold", "/missing.tsv");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("gold file not found: /missing.tsv", result.Err);
        Assert.DoesNotContain("Ontology", result.Err);
    }

    [Fact]
    public void Publish_NoStoreUrl_SaysHowToGiveOne()
    {
        var result = CliRunner.Run("publish", "--from", _dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no store URL: pass --sparql-store URL", result.Err);
        Assert.DoesNotContain("got ''", result.Err);
    }

    [Fact]
    public void Ingest_BadJsonLine_OneReadableErrorPrintedOnce()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir.Path, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "news.jsonl"), "{\"title\": \"ok\", \"text\": \"Korea Utara mendukung Rusia.\"}\n{bad json\n");
        var result = CliRunner.Run("ingest", input, "--out", Path.Combine(_dir.Path, "out"), "--formats", "nt", "--no-progress");

        Assert.Equal(1, result.ExitCode);
        var all = result.Out + result.Err;
        var error = Assert.Single(all.Split('\n'), l => l.Contains("news.jsonl:2", StringComparison.Ordinal));
        Assert.Contains("not valid JSON at character 2", error);
        Assert.DoesNotContain("LineNumber", all);
        Assert.DoesNotContain("BytePositionInLine", all);
    }

    [Fact]
    public void Ingest_DirectoryWithUnsupportedFiles_CountsThemInTheSummary()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir.Path, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.txt"), "Judul\nKorea Utara mendukung Rusia.");
        File.WriteAllText(Path.Combine(input, "b.pdf"), "%PDF");
        File.WriteAllText(Path.Combine(input, "c.docx"), "PK");
        File.WriteAllText(Path.Combine(input, ".hidden.pdf"), "%PDF");
        var result = CliRunner.Run("ingest", input, "--out", Path.Combine(_dir.Path, "out"), "--formats", "nt", "--no-progress");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Skipped files \(unsupported type\)\s*│\s*2 │", result.Out);
    }

    [Fact]
    public void Ingest_WithProgress_ShowsTheExportPhaseFileByFile()
    {
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", _dir.Path, "--formats", "nt,nq,json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("writing graph.nt ... 1/3", result.Err);
        Assert.Contains("writing graph.nq ... 2/3", result.Err);
        Assert.Contains("writing graph.json ... 3/3", result.Err);

        var quiet = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", _dir.Path, "--formats", "nt", "--no-progress");
        Assert.DoesNotContain("writing graph.nt", quiet.Err);
    }

    [Fact]
    public void Sparql_RefusedConnection_HintsThatNothingListens()
    {
        var port = FreePort();
        var result = CliRunner.Run("sparql", "--endpoint", $"http://127.0.0.1:{port}/sparql", "--query", "SELECT * WHERE { ?s ?p ?o }",
            "--set", "Sparql:MaxRetries=0");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"querying http://127.0.0.1:{port}/sparql ...", result.Err);
        Assert.Contains($"hint: nothing is listening on 127.0.0.1:{port}", result.Err);
    }

    [Fact]
    public void Publish_ServerThatNeverAnswers_HintsAtTheTimeout()
    {
        GraphBuilder.Visualization.Json.GraphJsonExporter.Create().Export(TestGraphs.SeedLike(), new GraphBuilder.Core.Output.OutputDirectory(_dir.Path));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(); // accepts connections (the OS backlog) but never answers
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var result = CliRunner.Run("publish", "--sparql-store", $"http://127.0.0.1:{port}/store", "--from", _dir.Path,
            "--set", "Sparql:MaxRetries=0", "--set", "Sparql:Timeout=00:00:01");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"publishing {Path.Combine(_dir.Path, "graph.json")} to http://127.0.0.1:{port}/store ...", result.Err);
        Assert.Contains("gave no answer within 0:00:01", result.Err);
        Assert.Contains("Sparql:Timeout", result.Err);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _dir.Dispose();
}
