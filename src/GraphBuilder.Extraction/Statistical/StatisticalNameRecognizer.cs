using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Nlp.Corpus;
using GraphBuilder.Nlp.Evaluation;
using GraphBuilder.Nlp.Tagging;

using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Statistical;

/// <summary>
/// Proposes Person, Organization and Location mentions with the trained NER model of the document's language,
/// for names no gazetteer entry or title pattern found: any model span overlapping an existing mention is dropped
/// (the gazetteer carries ids and Wikidata links and wins). In a cased sentence a span must contain a capital.
/// Organizations and locations get the stable id of their name and type; people are left to coreference, which
/// gives them the same kind of id and merges spelling variants. Model names never get a Wikidata link.
/// </summary>
public sealed class StatisticalNameRecognizer(IReadOnlyDictionary<string, Tagger> models, ExtractionData? data = null) : IDocumentComponent
{
    public const string Rule = "model:ner";

    public string Name => "statistical-name-recognizer";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.FoldedTokens | DocumentLayers.Mentions;

    public DocumentLayers Assigns => DocumentLayers.Mentions;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!models.TryGetValue(document.Language, out var tagger) || document.Sentences.IsEmpty) return document;
        var names = tagger.Model.Tags.Names;
        var existing = document.Mentions.Select(m => m.Span).ToArray();
        var added = new List<EntityMention>();
        var buffer = new int[document.Sentences.Max(s => s.TokenCount)];
        var tags = new string[buffer.Length];
        foreach (var sentence in document.Sentences)
        {
            var text = SentenceTokens.Of(document, sentence);
            tagger.Tag(text, buffer);
            for (var i = 0; i < sentence.TokenCount; i++) tags[i] = names[buffer[i]];
            var cased = text.Tokens.Any(t => HasUpper(document.Text.AsSpan(t.Start, t.Length)));
            foreach (var entity in BioDecoder.Decode(new ArraySegment<string>(tags, 0, sentence.TokenCount)))
            {
                if (TypeOf(entity.Type) is not { } type) continue;
                var first = document.Tokens[sentence.FirstToken + entity.Start];
                var last = document.Tokens[sentence.FirstToken + entity.End - 1];
                var span = new TextSpan(first.Start, last.End);
                if (cased && !HasUpper(span.Slice(document.Text))) continue;
                if (existing.Any(e => e.Overlaps(span))) continue;
                if (IsPortfolio(document, sentence.FirstToken + entity.Start, sentence.FirstToken + entity.End)) continue;
                var surface = document.Text[span.Start..span.End];
                added.Add(new EntityMention(span, type, surface, sentence.Index, Rule)
                {
                    EntityId = type == EntityType.Person ? null : StableId.For(type, SpacedName.Normalise(surface)),
                    Confidence = Confidences.StatisticalMention,
                    Origin = MentionOrigin.Statistical,
                });
            }
        }
        if (added.Count == 0) return document;
        return document with { Mentions = [.. document.Mentions.Concat(added).OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)] };
    }

    /// <summary>"Menteri ESDM X": a span of only portfolio words (words.tsv) belongs to a title, not to a name.</summary>
    private bool IsPortfolio(Document document, int first, int end)
    {
        if (data is null) return false;
        var lexicon = data.Lexicon(document.Language, document.Language);
        var folded = Recognition.Layers.Folded(document);
        for (var t = first; t < end; t++)
            if (!lexicon.Is(WordClass.Portfolio, folded[t]) && !lexicon.Is(WordClass.Conjunction, folded[t])) return false;
        return true;
    }

    private static EntityType? TypeOf(string label) => label switch
    {
        NerTags.Person => EntityType.Person,
        NerTags.Organization => EntityType.Organization,
        NerTags.Location => EntityType.Location,
        _ => null,
    };

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }
}
