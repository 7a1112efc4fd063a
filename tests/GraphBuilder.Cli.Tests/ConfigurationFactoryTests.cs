using GraphBuilder.Cli.Configuration;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

public class ConfigurationFactoryTests
{
    [Fact]
    public void Build_Layers_FileThenEnvironmentThenCommandLine()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("settings.json", """{"Probe":{"A":"file","B":"file","C":"file"}}""");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        Environment.SetEnvironmentVariable($"GRAPHBUILDER__Probe{suffix}__B", "env");
        Environment.SetEnvironmentVariable($"GRAPHBUILDER__Probe{suffix}__C", "env");
        try
        {
            File.WriteAllText(file, "{\"Probe" + suffix + "\":{\"A\":\"file\",\"B\":\"file\",\"C\":\"file\"}}");
            var config = ConfigurationFactory.Build([new($"Probe{suffix}:C", "cli")], file);

            Assert.Equal("file", config[$"Probe{suffix}:A"]);
            Assert.Equal("env", config[$"Probe{suffix}:B"]);
            Assert.Equal("cli", config[$"Probe{suffix}:C"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable($"GRAPHBUILDER__Probe{suffix}__B", null);
            Environment.SetEnvironmentVariable($"GRAPHBUILDER__Probe{suffix}__C", null);
        }
    }

    [Fact]
    public void Bind_Defaults_AreTheDocumentedOnes()
    {
        var settings = AppSettings.Bind(ConfigurationFactory.Build());

        Assert.Equal("out", settings.Ingest.OutputDirectory);
        Assert.Equal("all", settings.Ingest.Formats);
        Assert.Equal("https://graphbuilder.dev/", settings.Export.BaseIri);
        Assert.Equal(2000, settings.Export.BatchSize);
        Assert.Equal("id", settings.Extraction.DefaultLanguage);
        Assert.Empty(settings.Validate());
    }
}
