using System.Text;
using System.Text.Json;
using GraphBuilder.Core.Output;
using GraphBuilder.Visualization.Json;
using GraphBuilder.Neo4j.Tests.Support;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

public sealed class LoadNeo4jCommandTests
{
    private const string Password = "hunter2-Very-Secret";

    private static TempDirectory ExportedSeedLike()
    {
        var dir = new TempDirectory();
        GraphJsonExporter.Create().Export(TestGraphs.SeedLike(), new OutputDirectory(dir.Path));
        return dir;
    }

    /// <summary>Counts answer 0 until something was merged, then 12; everything else is acknowledged.</summary>
    private static Func<RecordedRequest, int, FakeAnswer> Neo4jLike()
    {
        var wrote = false;
        return (r, _) =>
        {
            var statement = JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!;
            if (statement.Contains("count(")) return FakeAnswer.Count(wrote ? 12 : 0);
            wrote |= statement.Contains("MERGE");
            return FakeAnswer.Ok();
        };
    }

    [Fact]
    public void LoadNeo4j_Help_ListsConnectionOptions()
    {
        var result = CliRunner.Run("load", "neo4j", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--from", "--uri", "--database", "--user", "--password", "--no-auth", "--batch-size", "--single-transaction", "--load-timeout" })
            Assert.Contains(option, result.Out);
    }

    [Fact]
    public async Task LoadNeo4j_ExportedGraph_LoadsAndPrintsCountsWithoutThePassword()
    {
        using var dir = ExportedSeedLike();
        await using var server = await FakeQueryApi.StartAsync(Neo4jLike());
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--password", Password, "--batch-size", "2"));
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("Graph: 5 entities, 1 articles, 3 sentences", result.Out);
        Assert.Contains("Wrote 22 rows in", result.Out);
        Assert.Contains("Database now: 12 nodes (+12)", result.Out);
        Assert.DoesNotContain(Password, result.Out + result.Err);
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password));
        Assert.All(server.Requests, r => Assert.Equal(expected, r.Authorization));
        // 2 rows per batch: no request carries more.
        Assert.All(server.Requests, r =>
        {
            var body = JsonDocument.Parse(r.Body).RootElement;
            if (body.TryGetProperty("parameters", out var p)) Assert.InRange(p.GetProperty("rows").GetArrayLength(), 1, 2);
        });
    }

    [Fact]
    public async Task LoadNeo4j_WrongPassword_ExitsOneWithClearMessage()
    {
        using var dir = ExportedSeedLike();
        await using var server = await FakeQueryApi.StartAsync((_, _) =>
            FakeAnswer.Error(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "-p", Password));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refused user 'neo4j'", result.Err);
        Assert.DoesNotContain(Password, result.Out + result.Err);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void LoadNeo4j_NoImportFiles_ExitsOneNamingWhatIsMissing()
    {
        using var dir = new TempDirectory();
        var result = CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", "http://127.0.0.1:9", "--password", Password);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(dir.Path, "graph.json") + ": not found", result.Err);
    }

    [Theory]
    // Bolt is not the HTTP Query API
    [InlineData("bolt://localhost:7687", "HTTP Query API")]
    [InlineData("neo4j://localhost:7687", "HTTP Query API")]
    // credentials do not belong in the URI (it may be printed)
    [InlineData("http://neo4j:pw@localhost:7474", "not in the URI")]
    [InlineData("localhost:7474", "http://localhost:7474")]
    public void LoadNeo4j_BadUri_IsUsageError(string uri, string explanation)
    {
        using var dir = ExportedSeedLike();
        var result = CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", uri);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(explanation, result.Err);
        Assert.DoesNotContain("pw@", result.Out + result.Err);
    }

    [Fact]
    public void LoadNeo4j_PasswordInSettingsFile_IsIgnoredWithWarning()
    {
        using var dir = ExportedSeedLike();
        var settings = dir.Write("settings.json", """{"Neo4j": {"Password": "from-file"}}""");
        var result = CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", "bolt://x", "--config", settings);
        Assert.Contains("Neo4j:Password in a settings file is ignored", result.Err);
        Assert.DoesNotContain("from-file", result.Out + result.Err);
    }

    [SkippableFact]
    public async Task LoadNeo4j_NoPassword_UsageErrorBeforeAnyRequest()
    {
        Skip.If(Environment.GetEnvironmentVariable("NEO4J_PASSWORD") is not null, "NEO4J_PASSWORD is set in this environment");
        using var dir = ExportedSeedLike();
        await using var server = await FakeQueryApi.StartAsync(Neo4jLike());
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no Neo4j password", result.Err);
        Assert.Contains("NEO4J_PASSWORD", result.Err);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task LoadNeo4j_NoAuth_SendsNoCredentials()
    {
        using var dir = ExportedSeedLike();
        await using var server = await FakeQueryApi.StartAsync(Neo4jLike());
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--no-auth"));
        Assert.Equal(1, result.ExitCode); // the strict double requires credentials, as a default server does
        Assert.Contains("refused user 'neo4j'", result.Err);
        Assert.Null(Assert.Single(server.Requests).Authorization);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LoadNeo4j_StrictServer_EveryRequestOfTheLoadAccepted(bool singleTransaction)
    {
        using var dir = ExportedSeedLike();
        await using var server = await FakeQueryApi.StartAsync(Neo4jLike());
        string[] args = ["load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--password", Password, "--batch-size", "2", "--no-progress"];
        var result = await Task.Run(() => CliRunner.Run(singleTransaction ? [.. args, "--single-transaction"] : args));
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Empty(server.Rejections);
        Assert.Equal(0, server.OpenTransactions);
        Assert.Equal(singleTransaction ? 1 : 0, server.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
        Assert.Contains("Wrote 22 rows in", result.Out);
    }

    [Theory]
    // the count answer is a string
    [InlineData("""{"data":{"fields":["n"],"values":[["twelve"]]}}""")]
    // fields is not a list
    [InlineData("""{"data":{"fields":"n","values":[]}}""")]
    public async Task LoadNeo4j_MalformedAnswer_OneLineErrorNamingTheRequest(string body)
    {
        using var dir = ExportedSeedLike();
        await using var server = await FakeQueryApi.StartAsync((_, _) => new FakeAnswer(202, body));
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--password", Password));
        Assert.Equal(1, result.ExitCode);
        // One error line (the hand-made export has no manifest, which is only a warning), no stack trace.
        var error = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error", StringComparison.Ordinal));
        Assert.StartsWith("error: Counting: ", error);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task LoadNeo4j_ServerStalls_NotesWhileWaitingAndStopsAtTheDeadline()
    {
        using var dir = ExportedSeedLike();
        await using var server = await FakeQueryApi.StartAsync((r, _) => FakeAnswer.Count(0) with { Delay = TimeSpan.FromSeconds(60) });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await Task.Run(() => CliRunner.Run("load", "neo4j", "--from", dir.Path, "--uri", server.BaseUri, "--password", Password,
            "--load-timeout", "3", "--set", "Neo4j:WaitNoticeSeconds=1"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("still waiting for Neo4j at " + server.BaseUri + "/ (Counting): 1 s so far", result.Err);
        Assert.Contains("did not finish within 3 s", result.Err);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(20));
    }
}
