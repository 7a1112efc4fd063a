using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Recognises people the gazetteer does not know from a title or role next to a capitalised name:
/// "Wakil Menteri Luar Negeri Korea Utara, Im Chon Il", "pemimpin Wagner, Yevgeny Prigozhin",
/// "Kenyan President William Ruto", "Jane Doe, Canada's foreign minister". Headline-cased sentences are skipped.
/// </summary>
public sealed class TitleNameRecognizer : IDocumentComponent
{
    public string Name => "title-name-recognizer";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Mentions | DocumentLayers.Titles;

    public DocumentLayers Assigns => DocumentLayers.Mentions;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var titles = Layers.Titles(document);
        var added = new List<EntityMention>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var c in titles[sentence.Index])
            {
                if (c.UnknownName.End <= c.UnknownName.First) continue;
                var span = new TextSpan(document.Tokens[c.UnknownName.First].Start, document.Tokens[c.UnknownName.End - 1].End);
                if (added.Any(m => m.Span.Overlaps(span))) continue; // "army chief, General X": two titles, one name
                added.Add(new EntityMention(span, EntityType.Person, document.Text[span.Start..span.End], sentence.Index, "title-name") { Confidence = Confidences.TitleNameMention, Origin = MentionOrigin.TitleName });
            }
        }
        if (added.Count == 0) return document;
        return document with { Mentions = [.. document.Mentions.Concat(added).OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)] };
    }
}
