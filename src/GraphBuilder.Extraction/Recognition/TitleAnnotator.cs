using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Fills <see cref="Document.Titles"/> with the <see cref="TitleConstruction"/>s of every sentence (<see cref="TitleFinder"/>)
/// over the current mentions. A construction depends on the mentions around the title (its owner, its person, the
/// tokens already covered), so the pipeline runs this again after the components that add mentions and before the
/// next one that reads titles; when the mentions did not change since the last run, the document is returned as is.
/// </summary>
public sealed class TitleAnnotator(ExtractionData data, string defaultLanguage, string stage) : IDocumentComponent
{
    /// <summary>"title-finder" with the stage it serves, e.g. "title-finder (recognition)".</summary>
    public string Name { get; } = $"title-finder ({stage})";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.FoldedTokens | DocumentLayers.SubWords | DocumentLayers.Mentions;

    public DocumentLayers Assigns => DocumentLayers.Titles;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.HasTitles) return document;
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        var folded = Layers.Folded(document);
        var lookup = document.MentionIndex;
        var titles = ImmutableArray.CreateBuilder<ImmutableArray<TitleConstruction>>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            var found = TitleFinder.Find(document, folded, lexicon, lookup, sentence);
            titles.Add(found.Count == 0 ? [] : [.. found]);
        }
        return document with { Titles = titles.MoveToImmutable() };
    }
}
