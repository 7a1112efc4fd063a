using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Configuration;

/// <summary>
/// Builds the layered configuration: appsettings.json (next to the binary, then the current
/// directory) &lt; environment variables GRAPHBUILDER__Section__Key &lt; command-line overrides.
/// </summary>
public static class ConfigurationFactory
{
    public const string EnvironmentPrefix = "GRAPHBUILDER__";

    public static IConfigurationRoot Build(IEnumerable<KeyValuePair<string, string?>>? commandLine = null, string? settingsFile = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        if (settingsFile is not null) builder.AddJsonFile(Path.GetFullPath(settingsFile), optional: false, reloadOnChange: false);
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        if (commandLine is not null) builder.AddInMemoryCollection(commandLine);
        return builder.Build();
    }
}
