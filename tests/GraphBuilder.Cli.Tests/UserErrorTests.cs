using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>Every user error is one "error:" line on stderr (plus the help hint) and exit code 2, never a stack trace.</summary>
public class UserErrorTests
{
    private static void AssertOneLineUsageError(CliRunner.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines, l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains(expected, result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.DoesNotContain("Exception", result.Err);
    }

    [Theory]
    [InlineData("ingest", "--set", "Export:BatchSize=10", "--set", "export:batchsize=20")] // same key twice (keys ignore case)
    [InlineData("ingest", "--set", "Ingest:OutputDirectory=a", "--out", "b")]              // --set and its own option
    [InlineData("visualize", "--set", "Ingest:OutputDirectory=a", "--from", "b")]
    [InlineData("publish", "--sparql-store", "http://127.0.0.1:1/", "--set", "Sparql:StoreUrl=http://x/")]
    public void Command_KeyGivenTwice_IsOneLineUsageError(params string[] args)
    {
        var full = args[0] == "ingest" ? [args[0], RepoPaths.Seeds, .. args[1..]] : args;
        AssertOneLineUsageError(CliRunner.Run(full), "given twice");
    }

    [Fact]
    public void Ingest_EmptyOut_IsOneLineUsageError()
    {
        AssertOneLineUsageError(CliRunner.Run("ingest", RepoPaths.Seeds, "--out", ""), "must not be empty");
    }

    [Fact]
    public void Ingest_OutIsAFile_IsOneLineUsageError()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("f.txt", "x");
        AssertOneLineUsageError(CliRunner.Run("ingest", RepoPaths.Seeds, "--out", file), "is a file");
    }

    [Fact]
    public void Ingest_ControlCharactersInFileName_CannotForgeLinesOrColourTheTerminal()
    {
        using var input = new TempDirectory();
        var name = "x\nerror: forged\u001b[31m.txt";
        File.WriteAllBytes(input.File(name), [0, 1]);
        using var output = new TempDirectory();

        var result = CliRunner.Run("ingest", input.Path, "--out", output.Path, "--no-progress");

        Assert.DoesNotContain('\u001b', result.Err + result.Out);
        Assert.DoesNotContain(result.Err.Split('\n'), l => l.StartsWith("error: forged", StringComparison.Ordinal));
        Assert.Contains("x\\nerror: forged\\x1B[31m.txt: binary content", result.Err);
    }

    [Theory]
    [InlineData("sparql", "--endpoint", "http://alice:s3cret-pw@127.0.0.1:1/sparql", "--query", "ASK {}")]
    [InlineData("publish", "--sparql-store", "ftp://alice:s3cret-pw@127.0.0.1:1/store")]
    public void Command_CredentialsInUrl_AreNeverPrinted(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("s3cret-pw", result.Out + result.Err);
        Assert.Contains("alice:***@", result.Err);
    }

    [Fact]
    public void Publish_UnreachableStoreWithCredentials_ErrorNamesTheStoreWithoutThePassword()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "json", "--no-progress").ExitCode);

        var result = CliRunner.Run("publish", "--sparql-store", "http://alice:s3cret-pw@127.0.0.1:1/store", "--from", dir.Path,
            "--set", "Sparql:MaxRetries=0");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("s3cret-pw", result.Out + result.Err);
        Assert.Contains("http://alice:***@127.0.0.1:1/store", result.Err);
    }
}
