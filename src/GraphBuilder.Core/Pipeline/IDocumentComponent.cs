using GraphBuilder.Core.Documents;

namespace GraphBuilder.Core.Pipeline;

/// <summary>
/// One step of the pipeline (segment, recognise, resolve, link, relate, qualify).
/// It must not mutate its input; it returns an enriched copy. Components are stateless
/// per call and safe to run on many documents in parallel. <see cref="Requires"/> and
/// <see cref="Assigns"/> let <see cref="DocumentPipeline"/> check the order once, when it is built.
/// </summary>
public interface IDocumentComponent
{
    /// <summary>Short name shown in diagnostics, e.g. "segmenter".</summary>
    string Name { get; }

    /// <summary>The layers this component reads; an earlier component (or the new document) must have assigned them.</summary>
    DocumentLayers Requires => DocumentLayers.None;

    /// <summary>The layers this component writes (a layer it may leave unchanged still counts).</summary>
    DocumentLayers Assigns => DocumentLayers.None;

    Document Process(Document document);
}
