namespace GraphBuilder.Cli.Tests;

/// <summary>Usage errors of `submit` and `worker` (the NATS round trips are in GraphBuilder.Streaming.Tests).</summary>
public class StreamingCommandTests
{
    [Fact]
    public void Worker_NoSinkGiven_UsageErrorNamingTheOptions()
    {
        var result = CliRunner.Run("worker", "--nats", "nats://127.0.0.1:1", "--stream", "s");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out DIR and/or --neo4j", result.Err);
    }

    [Theory]
    [InlineData("Nats:Url=http://127.0.0.1:4222", "Nats:Url must start with nats://")] // wrong scheme
    [InlineData("Nats:AckWaitSeconds=0", "Nats:AckWaitSeconds must be a whole number")] // would redeliver at once
    [InlineData("Nats:Stream=a.b", "may not contain '.'")] // would split the subject
    public void Worker_BadNatsSetting_UsageErrorNamingTheKey(string setting, string message)
    {
        using var dir = new GraphBuilder.TestSupport.TempDirectory();
        var result = CliRunner.Run("worker", "--out", dir.Path, "--set", setting);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Err);
    }

    [Fact]
    public void Submit_Help_ShowsNatsAndStreamOptions()
    {
        var result = CliRunner.Run("submit", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--nats", result.Out);
        Assert.Contains("--stream", result.Out);
    }
}
