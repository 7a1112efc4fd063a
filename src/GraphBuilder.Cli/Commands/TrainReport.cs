using GraphBuilder.Nlp.Evaluation;
using GraphBuilder.Nlp.Tagging;
using GraphBuilder.Nlp.Training;

namespace GraphBuilder.Cli.Commands;

/// <summary>Prints a trained model's scores on its dev splits (for tuning) and test splits (for reporting only).</summary>
internal static class TrainReport
{
    public static void Print(TextWriter output, ModelRecipe recipe, Tagger tagger, string data)
    {
        foreach (var (split, files) in new[] { ("dev", recipe.Dev), ("test", recipe.Test) })
        {
            foreach (var file in files)
            {
                var gold = file.Read(data);
                if (recipe.Ner)
                {
                    var score = TaggerEvaluation.Ner(tagger, gold).Overall;
                    output.WriteLine($"{recipe.Name}: {split} {file.Name}: {score.Format()}");
                }
                else
                {
                    var (correct, total) = TaggerEvaluation.Pos(tagger, gold);
                    output.WriteLine($"{recipe.Name}: {split} {file.Name}: accuracy={(double)correct / total:0.0000} ({correct}/{total})");
                }
            }
        }
    }
}
