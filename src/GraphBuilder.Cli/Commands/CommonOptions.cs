using System.CommandLine;

namespace GraphBuilder.Cli.Commands;

/// <summary>Options shared by several commands, and their mapping to configuration keys.</summary>
public static class CommonOptions
{
    public static Option<string?> Config() => new("--config")
    {
        Description = "Extra JSON settings file, layered over appsettings.json and under environment variables.",
        HelpName = "FILE",
    };

    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override any configuration key, e.g. --set Export:BatchSize=500 (repeatable).",
        HelpName = "KEY=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Parses --set KEY=VALUE pairs; returns an error message for a malformed one.</summary>
    public static (List<KeyValuePair<string, string?>> Pairs, string? Error) ParseSet(IEnumerable<string>? values)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var value in values ?? [])
        {
            var eq = value.IndexOf('=');
            if (eq <= 0) return (pairs, $"--set expects KEY=VALUE, got '{value}'");
            pairs.Add(new(value[..eq].Trim().Replace("__", ":"), value[(eq + 1)..]));
        }
        return (pairs, null);
    }
}
