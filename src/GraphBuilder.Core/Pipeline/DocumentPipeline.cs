using System.Collections.Immutable;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Core.Pipeline;

/// <summary>A fold over components: <c>foreach component: doc = component(doc)</c>.</summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IEnumerable<IDocumentComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        Components = [.. components];
    }

    public ImmutableArray<IDocumentComponent> Components { get; }

    public Document Process(Article article) => Process(new Document(article));

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var component in Components)
        {
            document = component.Process(document);
        }
        return document;
    }
}
