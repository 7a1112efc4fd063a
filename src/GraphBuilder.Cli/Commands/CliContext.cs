using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Commands;

/// <summary>What every command needs: the output and error writers and a way to build configuration.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Reports a usage or configuration error for <paramref name="command"/> and returns exit code 2.</summary>
    public int Usage(string command, string message)
    {
        Error.WriteLine("error: " + message);
        Error.WriteLine($"Run 'graphbuilder {command} --help' for usage.");
        return ExitCodes.UsageError;
    }

    /// <summary>Configuration with the given command-line overrides applied last ("Section:Key" => value).</summary>
    public IConfigurationRoot Configuration(IEnumerable<KeyValuePair<string, string?>>? overrides = null, string? settingsFile = null) =>
        GraphBuilder.Cli.Configuration.ConfigurationFactory.Build(overrides, settingsFile);
}
