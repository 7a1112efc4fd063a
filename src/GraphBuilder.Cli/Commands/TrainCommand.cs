using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder train [--data DIR] [--out DIR] [--model NAME]...`: trains the committed tagger models from the
/// public corpora (fixed seed, single thread, so the files come out byte-identical) and prints their sizes and
/// SHA-256; --report also scores each on its dev and test splits.
/// </summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Directory of the public corpora (see docs/nlp.md).", HelpName = "DIR", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var output = new Option<string>("--out") { Description = "Where the model files are written.", HelpName = "DIR", DefaultValueFactory = _ => Path.Combine("ontology", "models") };
        var models = new Option<string[]>("--model") { Description = $"Model(s) to train: {string.Join(", ", ModelRecipes.All.Select(r => r.Name))} (default: all).", HelpName = "NAME" };
        var report = new Option<bool>("--report") { Description = "Score each model on its dev and test splits after training." };
        var command = new Command("train", "Train the tagger and named-entity models from the public corpora (reproducible byte for byte).")
        {
            data, output, models, report,
        };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(models) ?? [], parse.GetValue(report)));
        return command;
    }

    private static int Run(CliContext context, string data, string output, string[] names, bool report)
    {
        var unknown = names.Where(n => ModelRecipes.All.All(r => r.Name != n)).ToList();
        if (unknown.Count > 0) return context.Usage("train", $"unknown model '{unknown[0]}'; known: {string.Join(", ", ModelRecipes.All.Select(r => r.Name))}");
        if (!Directory.Exists(data)) return context.Usage("train", $"data directory not found: {data}");
        try
        {
            Directory.CreateDirectory(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return context.Usage("train", $"cannot create output directory {output}: {e.Message}");
        }
        var failed = 0;
        foreach (var recipe in ModelRecipes.All.Where(r => names.Length == 0 || names.Contains(r.Name)))
        {
            try
            {
                var timer = Stopwatch.StartNew();
                var sentences = recipe.TrainingData(data);
                context.Error.WriteLine($"{recipe.Name}: {sentences.Count} training sentences, {sentences.Sum(s => s.Words.Length)} words");
                var model = PerceptronTrainer.Train(sentences, recipe.Options, recipe.Description,
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
}
