using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Dates;
using GraphBuilder.Extraction.Languages;
using GraphBuilder.Extraction.Linking;
using GraphBuilder.Extraction.Normalisation;
using GraphBuilder.Extraction.Qualification;
using GraphBuilder.Extraction.Recognition;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;
using GraphBuilder.Extraction.Statistical;

namespace GraphBuilder.Extraction;

/// <summary>
/// Builds the extraction pipeline: normalise, segment, fold, detect language, date, recognise (gazetteer, titles),
/// resolve (people, phrases, roles, pronouns, speakers, entities), link, extract relations, qualify (docs/architecture.md). Ontology data is loaded once; the pipeline holds no
/// per-document state and is safe to use from many threads at once.
/// </summary>
public static class ExtractionPipelineBuilder
{
    public static DocumentPipeline Build(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.OntologyDirectory))
            throw new ArgumentException("ExtractionOptions.OntologyDirectory must name the ontology directory.", nameof(options));
        return Build(ExtractionData.Load(options.OntologyDirectory), options.DefaultLanguage, StatisticalModels.Load(options));
    }

    /// <summary>Builds the pipeline over already-loaded data (tests, benchmarks).</summary>
    public static DocumentPipeline Build(ExtractionData data, string defaultLanguage, NlpModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var abbreviations = data.Lexicons.Values.SelectMany(l => l.Words(WordClass.Abbreviation)).ToHashSet(StringComparer.Ordinal);
        return new DocumentPipeline(
        [
            new TextNormaliser(),
            new BoilerplateFilter(data),
            new Segmenter(System.Collections.Frozen.FrozenSet.ToFrozenSet(abbreviations, StringComparer.Ordinal)),
            new TokenFolder(),
            new LanguageDetector(data, defaultLanguage),
            .. StatisticalModels.PosComponents(models),
            new DatelineDateFinder(data, defaultLanguage),
            new GazetteerRecognizer(data.Gazetteer),
            new TitleAnnotator(data, defaultLanguage, "gazetteer names"),
            new TitleNameRecognizer(),
            .. StatisticalModels.NameComponents(models, data),
            .. CoreferenceResolver.Components(data, defaultLanguage),
            new WikidataLinker(data.Gazetteer),
            new TitleAnnotator(data, defaultLanguage, "resolved mentions"),
            new RelationExtractor(data, defaultLanguage),
            new Qualifier(data, defaultLanguage),
        ]);
    }
}
