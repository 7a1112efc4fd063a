using GraphBuilder.Cli.Commands;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction;

namespace GraphBuilder.Cli.Configuration;

/// <summary>
/// Loads and validates settings and builds the extraction pipeline for a command, reporting any
/// problem as a usage error of that command. Null means the error was reported (exit code 2).
/// </summary>
public static class SettingsLoader
{
    public static AppSettings? Load(CliContext context, string command, IEnumerable<KeyValuePair<string, string?>> overrides, string? settingsFile)
    {
        AppSettings settings;
        try
        {
            settings = AppSettings.Bind(context.Configuration(overrides, settingsFile));
        }
        catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or FormatException or InvalidDataException)
        {
            context.Usage(command, "configuration: " + e.Message);
            return null;
        }
        var problems = settings.Validate();
        if (problems.Count == 0) return settings;
        context.Usage(command, string.Join("; ", problems));
        return null;
    }

    public static DocumentPipeline? BuildPipeline(CliContext context, string command, AppSettings settings)
    {
        try
        {
            return ExtractionPipelineBuilder.Build(settings.Extraction);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or UnauthorizedAccessException or InvalidDataException)
        {
            context.Usage(command, $"ontology data in {settings.Extraction.OntologyDirectory}: {e.Message}");
            return null;
        }
    }
}
