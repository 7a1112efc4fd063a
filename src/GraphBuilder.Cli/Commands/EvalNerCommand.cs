using System.CommandLine;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Evaluation;
using GraphBuilder.Nlp.Tagging;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder eval-ner --gold FILE [--model FILE | --language id|en]`: tags the gold file's sentences and prints
/// CoNLL entity-level precision, recall and F1 per type, then `overall P=... R=... F1=...` as the last line.
/// Gold may be `token TAB tag` (IndoNLU) or CoNLL-U with IOB tags (Universal NER .iob2, or NER= in MISC).
/// </summary>
public static class EvalNerCommand
{
    public static Command Create(CliContext context)
    {
        var gold = TaggerModelOptions.Gold("Gold sentences: 'token<TAB>tag' lines (IndoNLU) or CoNLL-U/.iob2 with IOB tags.");
        var model = TaggerModelOptions.Model();
        var language = TaggerModelOptions.Language();
        var config = CommonOptions.Config();
        var predictions = new Option<string?>("--predictions") { Description = "Also write 'word gold predicted' lines (conlleval input) to FILE.", HelpName = "FILE" };
        var types = new Option<string?>("--types") { Description = "Score only these types (comma-separated, e.g. PERSON,LOC for NERP, which annotates no organisations).", HelpName = "LIST" };
        var command = new Command("eval-ner", "Score the named-entity model on gold IOB or CoNLL-U sentences (entity-level P/R/F1 per type and overall).")
        {
            gold, model, language, config, predictions, types,
        };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            if (TaggerModelOptions.Load(context, "eval-ner", parse.GetValue(model), "ner", parse.GetValue(language)!, parse.GetValue(config)) is not { } tagger) return ExitCodes.UsageError;
            if (TaggerModelOptions.ReadGold(context, "eval-ner", goldPath, ner: true) is not { } sentences) return ExitCodes.UsageError;
            var only = parse.GetValue(types)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (only?.FirstOrDefault(t => t is not (NerTags.Person or NerTags.Organization or NerTags.Location)) is { } bad)
                return context.Usage("eval-ner", $"--types: unknown type '{bad}' (use {NerTags.Person}, {NerTags.Organization}, {NerTags.Location})");
            var scorer = TaggerEvaluation.Ner(tagger, sentences, only);
            if (parse.GetValue(predictions) is { } file && !PredictionsFile.Write(context, "eval-ner", file, tagger, sentences)) return ExitCodes.UsageError;
            context.Output.WriteLine($"model: {tagger.Model.Description}");
            context.Output.WriteLine($"gold: {goldPath} ({scorer.Sentences} sentences; labels mapped to {NerTags.Person}/{NerTags.Organization}/{NerTags.Location}, others dropped{(only is null ? "" : "; scoring only " + string.Join(",", only))})");
            context.Output.Write(scorer.Format());
            return ExitCodes.Success;
        });
        return command;
    }
}
