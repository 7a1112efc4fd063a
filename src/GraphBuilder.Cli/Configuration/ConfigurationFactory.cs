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
        if (commandLine is not null) builder.AddInMemoryCollection(Distinct(commandLine));
        return builder.Build();
    }

    /// <summary>
    /// The command-line overrides, refusing a key given twice (configuration keys ignore case): two
    /// --set for one key, or --set together with the key's own option (--out and --set Ingest:OutputDirectory=...).
    /// </summary>
    public static List<KeyValuePair<string, string?>> Distinct(IEnumerable<KeyValuePair<string, string?>> commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var pair in commandLine)
        {
            if (string.IsNullOrWhiteSpace(pair.Key)) throw new FormatException("--set needs a key before '=' (KEY=VALUE)");
            if (!seen.Add(pair.Key))
                throw new FormatException($"'{pair.Key}' is given twice on the command line (two --set, or --set and its own option); give it once");
            pairs.Add(pair);
        }
        return pairs;
    }
}
