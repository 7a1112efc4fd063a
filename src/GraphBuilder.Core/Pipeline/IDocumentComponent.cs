using GraphBuilder.Core.Documents;

namespace GraphBuilder.Core.Pipeline;

/// <summary>
/// One step of the pipeline (segment, recognise, resolve, link, relate, qualify).
/// It must not mutate its input; it returns an enriched copy. Components are stateless
/// per call and safe to run on many documents in parallel.
/// </summary>
public interface IDocumentComponent
{
    /// <summary>Short name shown in diagnostics, e.g. "segmenter".</summary>
    string Name { get; }

    Document Process(Document document);
}
