using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Extraction.Statistical;

/// <summary>Where the pipeline builder gets the statistical components from (kept apart so its own file barely changes).</summary>
public static class StatisticalModels
{
    /// <summary>Loads the models <paramref name="options"/> switches on from OntologyDirectory/models.</summary>
    public static NlpModels Load(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var languages = options.StatisticalNames.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return NlpModels.Load(Path.Combine(options.OntologyDirectory, "models"), languages, options.PosTags);
    }

    public static IEnumerable<IDocumentComponent> PosComponents(NlpModels? models) =>
        models is { PartsOfSpeech.Count: > 0 } ? [new PosTagger(models.PartsOfSpeech)] : [];

    public static IEnumerable<IDocumentComponent> NameComponents(NlpModels? models, Data.ExtractionData? data = null) =>
        models is { Names.Count: > 0 } ? [new StatisticalNameRecognizer(models.Names, data)] : [];
}
