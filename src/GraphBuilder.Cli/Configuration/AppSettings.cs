using GraphBuilder.Cli.Ingest;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Extraction;
using GraphBuilder.Rdf.Mapping;
using Microsoft.Extensions.Configuration;

namespace GraphBuilder.Cli.Configuration;

/// <summary>The typed sections every command may need, bound from configuration and validated.</summary>
public sealed record AppSettings(IngestSettings Ingest, ExtractionOptions Extraction, ExportSettings Export)
{
    public static AppSettings Bind(IConfiguration configuration)
    {
        var ingest = configuration.GetSection("Ingest").Get<IngestSettings>() ?? new IngestSettings();
        var extraction = configuration.GetSection("Extraction").Get<ExtractionOptions>() ?? new ExtractionOptions();
        var export = configuration.GetSection("Export").Get<ExportSettings>() ?? new ExportSettings();
        return new AppSettings(ingest, extraction with { OntologyDirectory = OntologyLocator.Resolve(extraction.OntologyDirectory) }, export);
    }

    /// <summary>Problems a user must fix before anything runs; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Directory.Exists(Extraction.OntologyDirectory))
            problems.Add($"ontology directory not found: {Extraction.OntologyDirectory} (set Extraction:OntologyDirectory)");
        // The base must be an http(s) IRI that strict RDF tools accept as is (no default port, no forbidden characters).
        if (!WebUrl.TryCreateIri(Export.BaseIri, out var baseIri) || baseIri.Value != Export.BaseIri
            || !(Export.BaseIri.EndsWith('/') || Export.BaseIri.EndsWith('#')))
            problems.Add($"Export:BaseIri must be an absolute http(s) IRI ending in '/' or '#', got '{Export.BaseIri}'");
        if (Export.BatchSize is < 1 or > 1_000_000) problems.Add($"Export:BatchSize must be between 1 and 1000000, got {Export.BatchSize}");
        if (string.IsNullOrWhiteSpace(Ingest.OutputDirectory)) problems.Add("Ingest:OutputDirectory (--out) must not be empty");
        else if (File.Exists(Ingest.OutputDirectory)) problems.Add($"Ingest:OutputDirectory (--out) {Ingest.OutputDirectory} is a file, not a directory");
        if (Ingest.ArticleTimeBudget <= TimeSpan.Zero) problems.Add($"Ingest:ArticleTimeBudget must be positive, got {Ingest.ArticleTimeBudget}");
        if (Ingest.MaxParallelism < 0) problems.Add($"Ingest:MaxParallelism must be >= 0, got {Ingest.MaxParallelism}");
        if (Ingest.RecordBufferBytes < 1) problems.Add($"Ingest:RecordBufferBytes must be positive, got {Ingest.RecordBufferBytes}");
        if (Ingest.MaxArticleBytes < 1) problems.Add($"Ingest:MaxArticleBytes must be positive, got {Ingest.MaxArticleBytes}");
        if (Directory.Exists(Extraction.OntologyDirectory) && LexiconFolders.Problem(Extraction.OntologyDirectory, Extraction.DefaultLanguage) is { } language)
            problems.Add($"Extraction:DefaultLanguage: {language}");
        return problems;
    }
}
