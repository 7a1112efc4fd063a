using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Qualification;

/// <summary>
/// Final checks and qualifiers on each assertion: the date becomes the event's day when the sentence names
/// a weekday ("pada Jumat", "on Saturday"), resolved to the latest such day on or before the article date;
/// attributed claims lose a little confidence; assertions whose entities are not declared are dropped.
/// </summary>
public sealed class Qualifier(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "qualifier";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.FoldedTokens | DocumentLayers.Entities | DocumentLayers.Relations;

    public DocumentLayers Assigns => DocumentLayers.Relations;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        var declared = document.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var folded = Layers.Folded(document);
        var relations = document.Relations
            .Where(r => declared.Contains(r.SubjectId) && declared.Contains(r.ObjectId))
            .Select(r =>
            {
                var evidence = r.Evidence with
                {
                    Date = EventDate(document, folded, lexicon, r.Evidence.SentenceIndex) ?? r.Evidence.Date,
                    Confidence = r.Evidence.Attribution is null ? r.Evidence.Confidence : Math.Round(r.Evidence.Confidence * Confidences.AttributedFactor, 3),
                };
                return r with { Evidence = evidence };
            });
        return document with { Relations = [.. relations] };
    }

    private static DateOnly? EventDate(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, int sentenceIndex)
    {
        if (document.Date is not { } articleDate) return null;
        var s = document.Sentences[sentenceIndex];
        for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
        {
            // Capitalised only: "Minggu" is Sunday, "minggu" is a week.
            if (!lexicon.Days.TryGetValue(folded[t], out var day) || !FoldedText.IsCapitalised(document, t)) continue;
            var back = ((int)articleDate.DayOfWeek - (int)day + 7) % 7;
            return articleDate.AddDays(-back);
        }
        return null;
    }
}
