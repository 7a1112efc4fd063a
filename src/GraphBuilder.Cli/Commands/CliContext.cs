using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Commands;

/// <summary>What every command needs: the output and error writers and a way to build configuration.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Configuration with the given command-line overrides applied last ("Section:Key" => value).</summary>
    public IConfigurationRoot Configuration(IEnumerable<KeyValuePair<string, string?>>? overrides = null, string? settingsFile = null) =>
        GraphBuilder.Cli.Configuration.ConfigurationFactory.Build(overrides, settingsFile);
}
