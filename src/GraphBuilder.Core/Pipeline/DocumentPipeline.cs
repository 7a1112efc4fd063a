using System.Collections.Immutable;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Core.Pipeline;

/// <summary>
/// A fold over components: <c>foreach component: doc = component(doc)</c>. The order is checked when the
/// pipeline is built: every layer a component requires must have been assigned by an earlier one and not
/// made stale since (see <see cref="LayerDependencies"/>).
/// </summary>
public sealed class DocumentPipeline
{
    /// <summary>The layers a new document has: its text.</summary>
    public const DocumentLayers Initial = DocumentLayers.Text;

    public DocumentPipeline(IEnumerable<IDocumentComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        Components = [.. components];
        Validate(Components);
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

    /// <summary>Throws when a component requires a layer no earlier component assigned (or one made stale since).</summary>
    public static void Validate(IEnumerable<IDocumentComponent> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var available = Initial;
        var position = 0;
        foreach (var component in components)
        {
            position++;
            var missing = component.Requires & ~available;
            if (missing != DocumentLayers.None)
                throw new InvalidOperationException(
                    $"Pipeline component '{component.Name}' (position {position}) requires {missing}, which no earlier component assigns (or a later change made stale).");
            available = (available & ~LayerDependencies.StaleAfter(component.Assigns)) | component.Assigns;
        }
    }
}
