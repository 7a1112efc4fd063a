using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// A speaker's "we" inside a quotation ('"We stand with the Philippines," Kamikawa told reporters';
/// '"Kami ...," tegas Choe') stands for the state or organisation the quoted official serves, when the
/// document says which one. Otherwise it stays unresolved.
/// </summary>
public static class SpeakerPronouns
{
    public static IReadOnlyList<EntityMention> Resolve(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, IReadOnlyList<EntityMention> mentions, MentionLookup lookup, ImmutableArray<ImmutableArray<TitleConstruction>> titles, Gazetteer gazetteer)
    {
        RoleTable? roles = null;
        var added = new List<EntityMention>();
        foreach (var sentence in document.Sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            var firstQuote = -1;
            for (var t = sentence.FirstToken; t < end; t++)
            {
                if (IsQuote(folded[t])) { if (firstQuote < 0) firstQuote = t; continue; }
                if (firstQuote < 0 || lookup.IsCovered(t) || !lexicon.Is(WordClass.SpeakerPronoun, folded[t])) continue;
                if (Speaker(document, folded, lexicon, lookup, t, end) is not { EntityId: { } speaker }) break;
                roles ??= Anaphora.Roles(titles.SelectMany(c => c).ToList(), mentions, gazetteer, document.Date);
                // Only an owner the document itself mentions: the entity must be declared.
                if (roles.OwnerOf(speaker) is not { } owner || mentions.FirstOrDefault(m => m.EntityId == owner) is not { } ownerMention) break;
                var span = document.Tokens[t].Span;
                added.Add(new EntityMention(span, ownerMention.Type, document.Text[span.Start..span.End], sentence.Index, "coref:speaker") { EntityId = owner, Confidence = Confidences.CoreferencePronoun, Origin = MentionOrigin.Speaker });
            }
        }
        return MentionOrder.Merge(mentions, added);
    }

    /// <summary>The person named right before or after a reporting verb that follows the quotation.</summary>
    private static EntityMention? Speaker(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, int from, int end)
    {
        for (var t = from + 1; t < end; t++)
        {
            if (!lexicon.Is(WordClass.AttributionAfter, folded[t])) continue;
            return After(document, lookup, t + 1, end) ?? lookup.EndingAt(t - 1).FirstOrDefault(m => m.Type == EntityType.Person);
        }
        return null;
    }

    /// <summary>The person after the reporting verb, possibly behind a title: '..., kata Menteri Luar Negeri Turki Hakan Fidan'.</summary>
    private static EntityMention? After(Document document, MentionLookup lookup, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 10); k++)
        {
            if (lookup.StartingAt(k).FirstOrDefault(m => m.Type == EntityType.Person) is { } person) return person;
            if (document.Text[document.Tokens[k].Start] != ',' && !FoldedText.IsCapitalised(document, k)) return null;
        }
        return null;
    }

    private static bool IsQuote(string word) => word is "\"" or "\u201c" or "\u201d";
}
