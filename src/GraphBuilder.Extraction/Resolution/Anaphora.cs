using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Anaphoric phrases, role anaphors and pronouns, each resolved only when the antecedent is clear.</summary>
public static class Anaphora
{
    /// <summary>"negara tersebut" -> the latest country; "kedua negara" -> the two latest countries (two mentions, one span).</summary>
    public static IReadOnlyList<EntityMention> ResolvePhrases(Document document, LanguageLexicon lexicon, IReadOnlyList<EntityMention> mentions, MentionLookup lookup, IReadOnlySet<string> leaders)
    {
        var added = new List<EntityMention>();
        var text = Layers.SubWords(document);
        foreach (var sentence in document.Sentences)
        {
            var words = text.Words.AsSpan(0, text.FirstOf[sentence.FirstToken + sentence.TokenCount]);
            var p = text.FirstOf[sentence.FirstToken];
            while (p < words.Length)
            {
                var ok = text.StartsToken(p) && !lookup.IsCovered(text.Owner[p]);
                IReadOnlyList<CorefPhraseKind> kinds = [];
                var n = ok ? lexicon.CorefPhrases.LongestMatch(words, p, text, static (s, _, e) => s.EndsToken(e - 1), out kinds) : 0;
                if (n == 0) { p++; continue; }
                var span = new TextSpan(document.Tokens[text.Owner[p]].Start, document.Tokens[text.Owner[p + n - 1]].End);
                var (type, count) = kinds[0] switch
                {
                    CorefPhraseKind.BothCountries => (EntityType.Country, 2),
                    CorefPhraseKind.Organization => (EntityType.Organization, 1),
                    CorefPhraseKind.BothPeople or CorefPhraseKind.BothLeaders => (EntityType.Person, 2),
                    _ => (EntityType.Country, 1),
                };
                var antecedents = kinds[0] == CorefPhraseKind.BothLeaders && Leaders(mentions, span, leaders) is { Count: 2 } pair
                    ? pair : Antecedents(mentions, span, type, count);
                if (antecedents.Count == count)
                {
                    foreach (var id in antecedents)
                    {
                        added.Add(new EntityMention(span, type, document.Text[span.Start..span.End], sentence.Index, count == 2 ? "coref:both" : "coref:phrase")
                        {
                            EntityId = id,
                            Confidence = Confidences.CoreferencePhrase,
                            Origin = count == 2 ? MentionOrigin.Pair : MentionOrigin.Phrase,
                        });
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
    private static List<string> Antecedents(IReadOnlyList<EntityMention> mentions, TextSpan span, EntityType type, int count)
    {
        var earlier = mentions.Where(m => m.Span.End <= span.Start && m.Type == type && m.EntityId is not null && !m.Origin.IsCoreference()).ToList();
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

    /// <summary>The two most salient earlier people among <paramref name="leaders"/> (most mentioned, then latest).</summary>
    private static List<string> Leaders(IReadOnlyList<EntityMention> mentions, TextSpan span, IReadOnlySet<string> leaders) =>
        [.. mentions.Where(m => m.Span.End <= span.Start && m.Type == EntityType.Person && m.EntityId is { } id && leaders.Contains(id))
            .GroupBy(m => m.EntityId!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(m => m.Span.Start))
            .Take(2).Select(g => g.Key)];

    /// <summary>The people the document presents as leaders (a leader title next to them) or the gazetteer knows as leaders at its date.</summary>
    public static IReadOnlySet<string> LeaderIds(Document document, IReadOnlyList<EntityMention> mentions, ImmutableArray<ImmutableArray<TitleConstruction>> titles, Gazetteer gazetteer)
    {
        var constructions = titles.SelectMany(t => t);
        var roles = Roles(constructions, mentions, gazetteer, document.Date);
        return mentions.Where(m => m.Type == EntityType.Person && m.EntityId is not null && roles.IsLeader(m.EntityId))
            .Select(m => m.EntityId!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"Pemimpin Korea Utara itu", "the Russian foreign minister", "pemimpin kedua negara": the holder named elsewhere in the document.</summary>
    public static IReadOnlyList<EntityMention> ResolveRoles(Document document, IReadOnlyList<EntityMention> mentions, ImmutableArray<ImmutableArray<TitleConstruction>> titles, Gazetteer gazetteer)
    {
        var constructions = titles.SelectMany(t => t).ToList();
        var roles = Roles(constructions, mentions, gazetteer, document.Date);
        var added = new List<EntityMention>();
        foreach (var c in constructions)
        {
            if (c.Person is not null || c.UnknownName.End > c.UnknownName.First || c.Owners.Count == 0) continue;
            // "Perdana Menteri Hongaria tetap nekat ...": a nameless title with its owner stands for the holder the
            // document names, whether or not a demonstrative marks it ("Pemimpin Korea Utara itu").
            var holders = c.Owners.Select(o => o.EntityId is null ? null : roles.Holder(o.EntityId, c.Title)).ToList();
            if (holders.Any(h => h is null)) continue;
            var span = new TextSpan(document.Tokens[c.First].Start, document.Tokens[c.End - 1].End);
            foreach (var holder in holders.Distinct(StringComparer.Ordinal))
            {
                added.Add(new EntityMention(span, EntityType.Person, document.Text[span.Start..span.End], document.Tokens[c.First].SentenceIndex, "coref:role") { EntityId = holder, Confidence = Confidences.CoreferencePhrase, Origin = MentionOrigin.Role });
            }
        }
        return Merge(mentions, added);
    }

    /// <summary>Who holds which title, from the document's title constructions and the gazetteer roles of people it names.</summary>
    public static RoleTable Roles(IEnumerable<TitleConstruction> constructions, IReadOnlyList<EntityMention> mentions, Gazetteer gazetteer, DateOnly? date)
    {
        var roles = new RoleTable();
        foreach (var c in constructions.Where(c => c.Person?.EntityId is not null))
        {
            foreach (var owner in c.Owners.Where(o => o.EntityId is not null)) roles.Add(owner.EntityId!, c.Title, c.Person!.EntityId!);
        }
        foreach (var id in mentions.Where(m => m.Type == EntityType.Person && m.EntityId is not null).Select(m => m.EntityId!).Distinct(StringComparer.Ordinal))
        {
            // The person's roles at the article's date when offices.tsv knows them, else the current role.
            var any = false;
            foreach (var role in (OfficeRole[])[OfficeRole.Leader, OfficeRole.Official])
            {
                if (gazetteer.Offices.Owner(id, role, date) is not { } owner) continue;
                roles.AddKnown(owner, role, id);
                any = true;
            }
            if (!any && gazetteer.Offices.TermsOf(id).Count == 0 && gazetteer.Find(id) is { Role: { } known }) roles.AddKnown(known.OwnerId, known.Role, id);
        }
        return roles;
    }

    /// <summary>
    /// "ia"/"he" -> an earlier person in the same sentence, else the person opening the previous sentence;
    /// "mereka"/"they"/"it" -> the country or organisation opening this sentence (before the pronoun) or the previous one.
    /// </summary>
    public static IReadOnlyList<EntityMention> ResolvePronouns(Document document, ImmutableArray<string> folded, LanguageLexicon lexicon, IReadOnlyList<EntityMention> mentions, MentionLookup lookup)
    {
        var added = new List<EntityMention>();
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            var singular = lexicon.Is(WordClass.Pronoun, folded[t]);
            if (lookup.IsCovered(t) || (!singular && !lexicon.Is(WordClass.PluralPronoun, folded[t]))) continue;
            var sentence = document.Sentences[document.Tokens[t].SentenceIndex];
            var start = document.Tokens[t].Start;
            EntityMention? antecedent = singular
                ? PersonBefore(mentions, sentence.Index, start)
                : OpeningMention(document, mentions, lookup, sentence.Index, person: false) is { } opening && opening.Span.End <= start ? opening : null;
            antecedent ??= OpeningMention(document, mentions, lookup, sentence.Index - 1, singular);
            // "Ia" after a quotation: the person opening the sentence before the quoted ones (at most three back).
            for (var back = sentence.Index - 1; antecedent is null && singular && back > 0 && sentence.Index - back < MaxQuotedBack && IsQuotation(document, folded, back); back--)
                antecedent = OpeningMention(document, mentions, lookup, back - 1, singular);
            if (antecedent is null) continue;
            var span = document.Tokens[t].Span;
            // "Jepang dan Filipina ... Mereka ...": a plural pronoun stands for every conjunct of its antecedent.
            foreach (var a in singular ? [antecedent] : Conjuncts(folded, lexicon, lookup, antecedent))
                added.Add(new EntityMention(span, a.Type, document.Text[span.Start..span.End], sentence.Index, "coref:pronoun") { EntityId = a.EntityId, Confidence = Confidences.CoreferencePronoun, Origin = MentionOrigin.Pronoun });
        }
        return Merge(mentions, added);
    }

    /// <summary>The mention and the states or organisations coordinated after it ("X, Y dan Z").</summary>
    private static List<EntityMention> Conjuncts(ImmutableArray<string> folded, LanguageLexicon lexicon, MentionLookup lookup, EntityMention first)
    {
        var found = new List<EntityMention> { first };
        var (_, end) = lookup.TokenRange(first);
        while (end < folded.Length)
        {
            var k = end;
            var comma = folded[k] == ",";
            if (comma) k++;
            var conj = k < folded.Length && lexicon.Is(WordClass.Conjunction, folded[k]);
            if (conj) k++;
            if ((!comma && !conj) || Longest(lookup.StartingAt(k)) is not { } next || next.Type is not (EntityType.Country or EntityType.Organization)) break;
            found.Add(next);
            end = lookup.TokenRange(next).End;
            if (conj) return found;
        }
        return found.Count > 1 && !lexicon.Is(WordClass.Conjunction, folded[Math.Max(0, end - 1)]) ? [first] : found;
    }

    private static EntityMention? OpeningMention(Document document, IReadOnlyList<EntityMention> mentions, MentionLookup lookup, int sentenceIndex, bool person)
    {
        if (sentenceIndex < 0) return null;
        var s = document.Sentences[sentenceIndex];
        for (var t = s.FirstToken; t < s.FirstToken + Math.Min(2, s.TokenCount); t++)
        {
            var found = Longest(lookup.StartingAt(t));
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

    private const int MaxQuotedBack = 4;

    /// <summary>True when the sentence opens or closes with a quotation mark (a quoted statement, not narration).</summary>
    private static bool IsQuotation(Document document, ImmutableArray<string> folded, int sentenceIndex)
    {
        var s = document.Sentences[sentenceIndex];
        return s.TokenCount > 0 && (IsQuote(folded[s.FirstToken]) || IsQuote(folded[s.FirstToken + s.TokenCount - 1]));
    }

    private static bool IsQuote(string word) => word is "\"" or "\u201c" or "\u201d" or "'" or "\u2018" or "\u2019" or "\u00ab" or "\u00bb";

    /// <summary>The first resolved person of the sentence ending before <paramref name="start"/>.</summary>
    private static EntityMention? PersonBefore(IReadOnlyList<EntityMention> mentions, int sentenceIndex, int start)
    {
        foreach (var m in mentions)
        {
            if (m.SentenceIndex == sentenceIndex && m.Span.End <= start && m.Type == EntityType.Person && m.EntityId is not null) return m;
        }
        return null;
    }

    /// <summary>The longest resolved mention (the first of equally long ones).</summary>
    private static EntityMention? Longest(IReadOnlyList<EntityMention> mentions)
    {
        EntityMention? best = null;
        foreach (var m in mentions)
        {
            if (m.EntityId is not null && (best is null || m.Span.Length > best.Span.Length)) best = m;
        }
        return best;
    }

    private static IReadOnlyList<EntityMention> Merge(IReadOnlyList<EntityMention> mentions, List<EntityMention> added) =>
        MentionOrder.Merge(mentions, added);
}
