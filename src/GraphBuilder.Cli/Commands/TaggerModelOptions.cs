using System.CommandLine;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Cli.Commands;

/// <summary>The options and loading shared by eval-ner and eval-pos; null results mean a usage error was reported.</summary>
internal static class TaggerModelOptions
{
    public static Option<string> Gold(string description) => new("--gold", "-g") { Description = description, HelpName = "FILE", Required = true };

    public static Option<string?> Model() => new("--model") { Description = "Model file (default: the ontology's models/<kind>-<language>.gbtm).", HelpName = "FILE" };

    public static Option<string> Language() => new("--language") { Description = "Language of the default model: a folder of ontology/lexicon, e.g. id or en.", HelpName = "CODE", DefaultValueFactory = _ => "id" };

    public static Tagger? Load(CliContext context, string command, string? modelPath, string kind, string language, string? settingsFile)
    {
        if (modelPath is null)
        {
            if (SettingsLoader.Load(context, command, [], settingsFile) is not { } settings) return null;
            if (LexiconFolders.Problem(settings.Extraction.OntologyDirectory, language) is { } problem) { context.Usage(command, "--language: " + problem); return null; }
            modelPath = Path.Combine(settings.Extraction.OntologyDirectory, "models", $"{kind}-{language}.gbtm");
        }
        try
        {
            return new Tagger(ModelFile.Read(modelPath));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            context.Usage(command, $"model {modelPath}: {e.Message}");
            return null;
        }
    }

    public static List<TaggedSentence>? ReadGold(CliContext context, string command, string path, bool ner)
    {
        try
        {
            return CorpusReader.Read(path, CorpusReader.Detect(path, ner));
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            context.Usage(command, $"gold file {path}: {e.Message}");
            return null;
        }
    }
}
