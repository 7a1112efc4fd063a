using System.CommandLine;
using GraphBuilder.Cli.Configuration;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Evaluation;
using GraphBuilder.Extraction.Evaluation.News;
using GraphBuilder.Ingestion.Sources;

namespace GraphBuilder.Cli.Commands;

/// <summary>
/// `graphbuilder eval --gold FILE paths...`: runs extraction on the articles and prints precision, recall
/// and F1 per predicate and overall against the gold triples, then every miss and every false triple.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories (searched recursively) of the articles the gold file annotates.",
            Arity = ArgumentArity.OneOrMore,
        };
        var gold = new Option<string>("--gold", "-g")
        {
            Description = "Gold triples: a TSV of article file name, subject id, predicate, object id ('#' comments), or a news-dev JSON gold file or directory of them (scored one article at a time, micro-averaged).",
            HelpName = "FILE",
            Required = true,
        };
        var language = new Option<string?>("--language") { Description = "Language assumed when an article does not say: id or en [config Extraction:DefaultLanguage].", HelpName = "CODE" };
        var config = CommonOptions.Config();
        var set = CommonOptions.Set();
        var command = new Command("eval", "Score extraction against gold triples: precision, recall and F1 per predicate, misses and false triples.")
        {
            paths, gold, language, config, set,
        };
        command.SetAction(parse =>
        {
            var (pairs, setError) = CommonOptions.ParseSet(parse.GetValue(set));
            if (setError is not null) return Usage(context, setError);
            if (parse.GetValue(language) is { } code) pairs.Add(new("Extraction:DefaultLanguage", code));
            return Run(context, parse.GetValue(paths) ?? [], parse.GetValue(gold)!, pairs, parse.GetValue(config));
        });
        return command;
    }

    private static int Run(CliContext context, string[] paths, string goldPath, List<KeyValuePair<string, string?>> overrides, string? settingsFile)
    {
        if (SettingsLoader.Load(context, "eval", overrides, settingsFile) is not { } settings) return ExitCodes.UsageError;
        if (!File.Exists(goldPath) && !Directory.Exists(goldPath)) return Usage(context, $"gold file not found: {goldPath}");
        if (NewsGoldLoader.IsNewsGold(goldPath)) return RunNews(context, paths, goldPath, settings);
        GoldStandard standard;
        try
        {
            standard = GoldStandard.Load(goldPath, PredicateInventory.LoadFrom(settings.Extraction.OntologyDirectory));
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException or IOException)
        {
            return Usage(context, $"gold file {goldPath}: {e.Message}");
        }

        var (articles, failed) = ReadArticles(context, paths, standard.Articles);
        if (SettingsLoader.BuildPipeline(context, "eval", settings) is not { } pipeline) return ExitCodes.UsageError;
        var report = Evaluator.Evaluate(pipeline, standard, articles);
        context.Output.Write(report.Format());
        return failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    private static int RunNews(CliContext context, string[] paths, string goldPath, AppSettings settings)
    {
        IReadOnlyList<NewsGold> golds;
        try
        {
            golds = NewsGoldLoader.Load(goldPath, PredicateInventory.LoadFrom(settings.Extraction.OntologyDirectory));
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException or IOException)
        {
            return Usage(context, $"gold {goldPath}: {e.Message}");
        }
        var (articles, failed) = ReadArticles(context, paths, golds.Select(g => g.Article).ToHashSet(StringComparer.Ordinal));
        if (SettingsLoader.BuildPipeline(context, "eval", settings) is not { } pipeline) return ExitCodes.UsageError;
        context.Output.Write(NewsEvaluator.Evaluate(pipeline, golds, articles).Format());
        return failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }

    /// <summary>Reads the inputs, reporting unreadable ones; warns about gold articles not among them.</summary>
    private static (List<Article> Articles, int Failed) ReadArticles(CliContext context, string[] paths, IReadOnlySet<string> goldArticles)
    {
        var articles = new List<Article>();
        var failed = 0;
        foreach (var result in ArticleSource.Read(paths))
        {
            foreach (var warning in result.Warnings) context.Error.WriteLine($"warning: {result.Path}: {warning}");
            if (result.Article is { } article) articles.Add(article);
            else if (result.Error is not null) { failed++; context.Error.WriteLine($"error: {result.Path}: {result.Error}"); }
        }
        var found = articles.Select(a => Path.GetFileName(a.SourcePath.Split(':')[0])).ToHashSet(StringComparer.Ordinal);
        var missing = goldArticles.Where(a => !found.Contains(a)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 3)
            context.Error.WriteLine($"warning: {missing.Count} gold articles are not among the inputs (first {missing[0]}); their triples are not scored");
        else
            foreach (var m in missing) context.Error.WriteLine($"warning: gold article {m} is not among the inputs; its triples are not scored");
        return (articles, failed);
    }

    private static int Usage(CliContext context, string message) => context.Usage("eval", message);
}
