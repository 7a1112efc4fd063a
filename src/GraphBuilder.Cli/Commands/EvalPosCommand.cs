using System.CommandLine;
using GraphBuilder.Nlp.Evaluation;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder eval-pos --gold FILE [--model FILE | --language id]`: tags the gold CoNLL-U sentences (syntactic
/// words; multi-word token lines skipped) and prints per-tag and overall UPOS accuracy, `accuracy=...` last.
/// </summary>
public static class EvalPosCommand
{
    public static Command Create(CliContext context)
    {
        var gold = TaggerModelOptions.Gold("Gold sentences: CoNLL-U (UPOS column) or 'token<TAB>tag' lines.");
        var model = TaggerModelOptions.Model();
        var language = TaggerModelOptions.Language();
        var config = CommonOptions.Config();
        var command = new Command("eval-pos", "Score the part-of-speech model on gold CoNLL-U sentences (UPOS accuracy).")
        {
            gold, model, language, config,
        };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (TaggerModelOptions.Load(context, "eval-pos", parse.GetValue(model), "pos", parse.GetValue(language)!, parse.GetValue(config)) is not { } tagger) return ExitCodes.UsageError;
            if (TaggerModelOptions.ReadGold(context, "eval-pos", goldPath, ner: false) is not { } sentences) return ExitCodes.UsageError;
            var (correct, total) = TaggerEvaluation.Pos(tagger, sentences);
            context.Output.WriteLine($"model: {tagger.Model.Description}");
            context.Output.WriteLine($"gold: {goldPath} ({sentences.Count} sentences, {total} words)");
            context.Output.WriteLine(FormattableString.Invariant($"accuracy={(total == 0 ? 0 : (double)correct / total):0.0000} correct={correct} total={total}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
