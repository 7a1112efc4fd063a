using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Nlp.Clustering;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder train [--data DIR] [--out DIR] [--model NAME]...`: computes the word classes (clusters and case
/// profile) from the unlabelled train/dev text, then trains the committed tagger models from the public corpora
/// and the ontology's name lists (fixed seed, single thread, so the files come out byte-identical) and prints their sizes and SHA-256;
/// --report also scores each on its dev and test splits.
/// </summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Directory of the public corpora (see docs/nlp.md).", HelpName = "DIR", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var output = new Option<string>("--out") { Description = "Where the model files are written.", HelpName = "DIR", DefaultValueFactory = _ => Path.Combine("ontology", "models") };
        var models = new Option<string[]>("--model") { Description = $"Model(s) to train: {string.Join(", ", ModelRecipes.All.Select(r => r.Name))} (default: all).", HelpName = "NAME" };
        var ontology = new Option<string>("--ontology") { Description = "Ontology directory whose name lists the NER model's features use.", HelpName = "DIR", DefaultValueFactory = _ => "ontology" };
        var report = new Option<bool>("--report") { Description = "Score each model on its dev and test splits after training." };
        var command = new Command("train", "Train the tagger and named-entity models from the public corpora (reproducible byte for byte).")
        {
            data, output, models, ontology, report,
        };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(models) ?? [], parse.GetValue(ontology)!, parse.GetValue(report)));
        return command;
    }

    private static int Run(CliContext context, string data, string output, string[] names, string ontology, bool report)
    {
        var unknown = names.Where(n => ModelRecipes.All.All(r => r.Name != n)).ToList();
        if (unknown.Count > 0) return context.Usage("train", $"unknown model '{unknown[0]}'; known: {string.Join(", ", ModelRecipes.All.Select(r => r.Name))}");
        if (!Directory.Exists(data)) return context.Usage("train", $"data directory not found: {data}");
        if (!Directory.Exists(ontology)) return context.Usage("train", $"ontology directory not found: {ontology}");
        try
        {
            Directory.CreateDirectory(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return context.Usage("train", $"cannot create output directory {output}: {e.Message}");
        }
        var failed = 0;
        var selected = ModelRecipes.All.Where(r => names.Length == 0 || names.Contains(r.Name)).ToList();
        WordClusters? clusters = null;
        CaseProfile? casing = null;
        if (selected.Any(r => r.UsesClusters))
        {
            try
            {
                (clusters, casing) = BuildWordClasses(context, ModelRecipes.IndonesianClusters, data, output);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"error: {ModelRecipes.IndonesianClusters.Name}: {e.Message}");
                return ExitCodes.PartialFailure;
            }
        }
        foreach (var recipe in selected)
        {
            try
            {
                var timer = Stopwatch.StartNew();
                var sentences = recipe.TrainingData(data);
                context.Error.WriteLine($"{recipe.Name}: {sentences.Count} training sentences, {sentences.Sum(s => s.Words.Length)} words");
                var model = PerceptronTrainer.Train(sentences, recipe.Options, recipe.Description, recipe.Lexicon(clusters, casing, ontology),
                    (i, accuracy) => context.Error.WriteLine($"{recipe.Name}: pass {i}/{recipe.Options.Iterations}, training accuracy {accuracy:0.0000}"));
                var path = Path.Combine(output, recipe.FileName);
                var bytes = ModelFile.ToBytes(model);
                ModelFile.Write(model, path);
                context.Output.WriteLine($"{recipe.Name}: wrote {path} ({bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}) in {timer.Elapsed.TotalSeconds:0.0} s");
                if (report) TrainReport.Print(context.Output, recipe, new Tagger(model), data);
            }
            catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
            {
                failed++;
                context.Error.WriteLine($"error: {recipe.Name}: {e.Message}");
            }
        }
        return failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static (WordClusters, CaseProfile) BuildWordClasses(CliContext context, ClusterRecipe recipe, string data, string output)
    {
        var timer = Stopwatch.StartNew();
        var (clusters, casing) = recipe.Build(data);
        WriteText(context, recipe.Name, Path.Combine(output, recipe.FileName), clusters.ToTsv(), timer);
        WriteText(context, recipe.Name, Path.Combine(output, recipe.CaseFileName), casing.ToTsv(), timer);
        return (clusters, casing);
    }

    private static void WriteText(CliContext context, string name, string path, string text, Stopwatch timer)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
        context.Output.WriteLine($"{name}: wrote {path} ({bytes.Length:N0} bytes, sha256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}) in {timer.Elapsed.TotalSeconds:0.0} s");
    }
}
