using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Extraction;

/// <summary>Options for building the extraction pipeline.</summary>
public sealed record ExtractionOptions
{
    public string OntologyDirectory { get; init; } = "";
    public string DefaultLanguage { get; init; } = "id";
}

/// <summary>Builds the extraction pipeline (replaced by the extraction work on its branch).</summary>
public static class ExtractionPipelineBuilder
{
    public static DocumentPipeline Build(ExtractionOptions options) => new([]);
}
