using System.Collections.Immutable;
using GraphBuilder.Core.Documents;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// The derived layers of a document, with a clear error when the component that assigns one has not run
/// (a component used alone, outside a validated <see cref="Core.Pipeline.DocumentPipeline"/>).
/// </summary>
public static class Layers
{
    public static ImmutableArray<string> Folded(Document document) =>
        document.FoldedTokens.IsDefault ? throw Missing("folded tokens", "token-folder") : document.FoldedTokens;

    public static SubWords SubWords(Document document) =>
        document.SubWords ?? throw Missing("sub-words", "token-folder");

    public static ImmutableArray<ImmutableArray<TitleConstruction>> Titles(Document document) =>
        document.Titles.IsDefault ? throw Missing("title constructions of the current mentions", "title-finder") : document.Titles;

    private static InvalidOperationException Missing(string layer, string component) =>
        new($"The document has no {layer}: run the {component} component first (after the last change to the layers it reads).");
}
