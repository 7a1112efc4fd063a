using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Recognises people the gazetteer does not know from a title or role next to a capitalised name:
/// "Wakil Menteri Luar Negeri Korea Utara, Im Chon Il", "pemimpin Wagner, Yevgeny Prigozhin",
/// "Kenyan President William Ruto", "Jane Doe, Canada's foreign minister". Headline-cased sentences are skipped.
/// </summary>
public sealed class TitleNameRecognizer(ExtractionData data, string defaultLanguage) : IDocumentComponent
{
    public string Name => "title-name-recognizer";

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = data.Lexicon(document.Language, defaultLanguage);
        var folded = FoldedText.Tokens(document);
        var lookup = new MentionLookup(document);
        var added = new List<EntityMention>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var c in TitleFinder.Find(document, folded, lexicon, lookup, sentence))
            {
                if (c.UnknownName.End <= c.UnknownName.First) continue;
                var span = new TextSpan(document.Tokens[c.UnknownName.First].Start, document.Tokens[c.UnknownName.End - 1].End);
                if (added.Any(m => m.Span.Overlaps(span))) continue; // "army chief, General X": two titles, one name
                added.Add(new EntityMention(span, EntityType.Person, document.Text[span.Start..span.End], sentence.Index, "title-name") { Confidence = Confidences.TitleNameMention });
            }
        }
        if (added.Count == 0) return document;
        return document with { Mentions = [.. document.Mentions.Concat(added).OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)] };
    }
}
