using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Anaphoric phrases, role anaphors and pronouns, each resolved only when the antecedent is clear.</summary>
public static class Anaphora
{
    /// <summary>"negara tersebut" -> the latest country; "kedua negara" -> the two latest countries (two mentions, one span).</summary>
    public static List<EntityMention> ResolvePhrases(Document document, LanguageLexicon lexicon, List<EntityMention> mentions)
    {
        var lookup = new MentionLookup(document, mentions);
        var added = new List<EntityMention>();
        foreach (var sentence in document.Sentences)
        {
            var words = new List<string>();
            var owner = new List<int>();
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                foreach (var piece in NameKey.SplitWord(document.Tokens[t].Slice(document.Text))) { words.Add(piece); owner.Add(t); }
            }
            var p = 0;
            while (p < words.Count)
            {
                var ok = (p == 0 || owner[p - 1] != owner[p]) && !lookup.IsCovered(owner[p]);
                IReadOnlyList<CorefPhraseKind> kinds = [];
                var n = ok ? lexicon.CorefPhrases.LongestMatch(words, p, (_, len) => p + len == words.Count || owner[p + len] != owner[p + len - 1], out kinds) : 0;
                if (n == 0) { p++; continue; }
                var span = new TextSpan(document.Tokens[owner[p]].Start, document.Tokens[owner[p + n - 1]].End);
                var (type, count) = kinds[0] switch
                {
                    CorefPhraseKind.BothCountries => (EntityType.Country, 2),
                    CorefPhraseKind.Organization => (EntityType.Organization, 1),
                    CorefPhraseKind.BothPeople => (EntityType.Person, 2),
                    _ => (EntityType.Country, 1),
                };
                var antecedents = Antecedents(mentions, span, type, count);
                if (antecedents.Count == count)
                {
                    foreach (var id in antecedents)
                    {
                        added.Add(new EntityMention(span, type, document.Text[span.Start..span.End], sentence.Index, count == 2 ? "coref:both" : "coref:phrase") { EntityId = id, Confidence = 0.75 });
                    }
                }
                p += n;
            }
        }
        return Merge(mentions, added);
    }

    /// <summary>
    /// One antecedent: the latest earlier mention of the type. Two countries ("kedua negara"): the two most salient
    /// (most often mentioned so far, then latest), since "both countries" means the article's main pair.
    /// Two people ("keduanya"): the two named last.
    /// </summary>
    private static List<string> Antecedents(List<EntityMention> mentions, TextSpan span, EntityType type, int count)
    {
        var earlier = mentions.Where(m => m.Span.End <= span.Start && m.Type == type && m.EntityId is not null && !m.Rule.StartsWith("coref:", StringComparison.Ordinal)).ToList();
        if (count == 1) return earlier.Count == 0 ? [] : [earlier.MaxBy(m => m.Span.Start)!.EntityId!];
        if (type == EntityType.Person)
        {
            // People: the two named last ("Macron dan Merz bertemu. Keduanya ...").
            return [.. earlier.OrderByDescending(m => m.Span.Start).Select(m => m.EntityId!).Distinct(StringComparer.Ordinal).Take(count)];
        }
        return [.. earlier.GroupBy(m => m.EntityId!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(m => m.Span.Start))
            .Take(count).Select(g => g.Key)];
    }

    /// <summary>"Pemimpin Korea Utara itu", "the Russian foreign minister", "pemimpin kedua negara": the holder named elsewhere in the document.</summary>
    public static List<EntityMention> ResolveRoles(Document document, string[] folded, LanguageLexicon lexicon, List<EntityMention> mentions, Gazetteer gazetteer)
    {
        var lookup = new MentionLookup(document, mentions);
        var constructions = document.Sentences.SelectMany(s => TitleFinder.Find(document, folded, lexicon, lookup, s)).ToList();
        var roles = Roles(constructions, mentions, gazetteer);
        var added = new List<EntityMention>();
        foreach (var c in constructions)
        {
            if (c.Person is not null || c.UnknownName.End > c.UnknownName.First || c.Owners.Count == 0) continue;
            if (!c.IsAnaphor && !c.Owners.All(o => o.Rule.StartsWith("coref:", StringComparison.Ordinal))) continue;
            var holders = c.Owners.Select(o => o.EntityId is null ? null : roles.Holder(o.EntityId, c.Title)).ToList();
            if (holders.Any(h => h is null)) continue;
            var span = new TextSpan(document.Tokens[c.First].Start, document.Tokens[c.End - 1].End);
            foreach (var holder in holders.Distinct(StringComparer.Ordinal))
            {
                added.Add(new EntityMention(span, EntityType.Person, document.Text[span.Start..span.End], document.Tokens[c.First].SentenceIndex, "coref:role") { EntityId = holder, Confidence = 0.75 });
            }
        }
        return Merge(mentions, added);
    }

    /// <summary>Who holds which title, from the document's title constructions and the gazetteer roles of people it names.</summary>
    public static RoleTable Roles(IEnumerable<TitleConstruction> constructions, List<EntityMention> mentions, Gazetteer gazetteer)
    {
        var roles = new RoleTable();
        foreach (var c in constructions.Where(c => c.Person?.EntityId is not null))
        {
            foreach (var owner in c.Owners.Where(o => o.EntityId is not null)) roles.Add(owner.EntityId!, c.Title, c.Person!.EntityId!);
        }
        foreach (var id in mentions.Where(m => m.Type == EntityType.Person && m.EntityId is not null).Select(m => m.EntityId!).Distinct(StringComparer.Ordinal))
        {
            if (gazetteer.Find(id) is { Role: { } role, RoleOf: { } of }) roles.AddKnown(of, role == "leader", id);
        }
        return roles;
    }

    /// <summary>
    /// "ia"/"he" -> an earlier person in the same sentence, else the person opening the previous sentence;
    /// "mereka"/"they"/"it" -> the country or organisation opening this sentence (before the pronoun) or the previous one.
    /// </summary>
    public static List<EntityMention> ResolvePronouns(Document document, string[] folded, LanguageLexicon lexicon, List<EntityMention> mentions)
    {
        var lookup = new MentionLookup(document, mentions);
        var added = new List<EntityMention>();
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            var singular = lexicon.Is(WordClass.Pronoun, folded[t]);
            if (lookup.IsCovered(t) || (!singular && !lexicon.Is(WordClass.PluralPronoun, folded[t]))) continue;
            var sentence = document.Sentences[document.Tokens[t].SentenceIndex];
            var start = document.Tokens[t].Start;
            EntityMention? antecedent = singular
                ? mentions.FirstOrDefault(m => m.SentenceIndex == sentence.Index && m.Span.End <= start && m.Type == EntityType.Person && m.EntityId is not null)
                : OpeningMention(document, mentions, lookup, sentence.Index, person: false) is { } opening && opening.Span.End <= start ? opening : null;
            antecedent ??= OpeningMention(document, mentions, lookup, sentence.Index - 1, singular);
            if (antecedent is null) continue;
            var span = document.Tokens[t].Span;
            added.Add(new EntityMention(span, antecedent.Type, document.Text[span.Start..span.End], sentence.Index, "coref:pronoun") { EntityId = antecedent.EntityId, Confidence = 0.7 });
        }
        return Merge(mentions, added);
    }

    private static EntityMention? OpeningMention(Document document, List<EntityMention> mentions, MentionLookup lookup, int sentenceIndex, bool person)
    {
        if (sentenceIndex < 0) return null;
        var s = document.Sentences[sentenceIndex];
        for (var t = s.FirstToken; t < s.FirstToken + Math.Min(2, s.TokenCount); t++)
        {
            var found = lookup.StartingAt(t).Where(m => m.EntityId is not null).OrderByDescending(m => m.Span.Length).FirstOrDefault();
            if (found is null) continue;
            var fits = person ? found.Type == EntityType.Person : found.Type is EntityType.Country or EntityType.Organization;
            if (fits || !person) return fits ? found : null;
            break;
        }
        if (!person) return null;
        // "Menteri Luar Negeri Iran, Hossein Amir-Abdollahian, ...": a titled person opening the sentence.
        for (var t = s.FirstToken; t < s.FirstToken + Math.Min(10, s.TokenCount); t++)
        {
            if (lookup.StartingAt(t).FirstOrDefault(m => m.EntityId is not null && m.Type == EntityType.Person) is { } titled) return titled;
            if (document.Text[document.Tokens[t].Start] != ',' && !FoldedText.IsCapitalised(document, t)) return null;
        }
        return null;
    }

    private static List<EntityMention> Merge(List<EntityMention> mentions, List<EntityMention> added) =>
        added.Count == 0 ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];
}
