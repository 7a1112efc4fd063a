using System.Collections.Frozen;
using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// Extracts typed relations sentence by sentence: appositive and pre-nominal titles give leaderOf /
/// officialOf; the lexicon's cue patterns give the rest (active, passive, nominal and coordinated forms).
/// Negated or hedged cues give nothing; domain and range from the ontology are enforced; every assertion
/// carries its sentence, span, rule, confidence, attribution and date.
/// </summary>
public sealed class RelationExtractor : IDocumentComponent
{
    private readonly ExtractionData _data;
    private readonly string _defaultLanguage;
    private readonly FrozenDictionary<string, FrozenDictionary<string, CuePattern[]>> _anchors;
    private readonly Predicate _leaderOf;
    private readonly Predicate _officialOf;

    public RelationExtractor(ExtractionData data, string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _defaultLanguage = defaultLanguage;
        _leaderOf = data.Predicates.Require("leaderOf", "the leader-title relation");
        _officialOf = data.Predicates.Require("officialOf", "the official-title relation");
        _anchors = data.Lexicons.ToFrozenDictionary(kv => kv.Key, kv => IndexAnchors(kv.Value), StringComparer.Ordinal);
    }

    public string Name => "relation-extractor";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Language | DocumentLayers.FoldedTokens | DocumentLayers.Mentions | DocumentLayers.Titles | DocumentLayers.Entities;

    public DocumentLayers Assigns => DocumentLayers.Relations;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = _data.Lexicon(document.Language, _defaultLanguage);
        var anchors = _anchors[lexicon.Code];
        var folded = Layers.Folded(document);
        var lookup = document.MentionIndex;
        var allTitles = Layers.Titles(document);
        var names = document.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var entityTypes = document.Entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var relations = ImmutableArray.CreateBuilder<RelationAssertion>();
        var seen = new HashSet<(string, Predicate, string, int)>();
        var mentionsBySentence = document.Mentions.ToLookup(m => m.SentenceIndex);
        foreach (var sentence in document.Sentences)
        {
            var titles = allTitles[sentence.Index];
            var c = new SentenceContext(document, sentence, folded, lexicon, new UnitMap(sentence, lookup, mentionsBySentence[sentence.Index], titles, folded));
            string? sentenceText = null; // only for evidence, so only when a relation is found
            string Name(ArgumentUnit u) => names.GetValueOrDefault(u.Entities[0].Id) ?? u.Entities[0].Id;

            // A holder whose title names its owner in this sentence gets nothing from a bare title beside it
            // ("Pemimpin junta Myanmar, Jenderal Senior X": the rank is not a second office).
            var owned = titles.Where(t => t.Owners.Count > 0 && t.Person?.EntityId is not null).Select(t => t.Person!.EntityId!).ToHashSet(StringComparer.Ordinal);
            foreach (var t in titles)
            {
                if (t.Person?.EntityId is not { } person || t.OwnerIsDelegation) continue;
                // "mantan Presiden", "former President": a past role stated in the text is still a fact (dated by its evidence).
                var former = t.TitleFirst > c.First && c.Is(WordClass.Former, t.TitleFirst - 1);
                if (former && t.Owners.Count == 0) continue; // a former role is not the person's current one
                var predicate = t.Title.IsLeader ? _leaderOf : _officialOf;
                foreach (var owner in t.Owners.Where(o => o.EntityId is not null))
                {
                    Emit((person, EntityType.Person), predicate, (owner.EntityId!, owner.Type), t.First, t.End,
                        t.Title.IsLeader ? "title:leader" : "title:official", Confidences.TitleRelation * Math.Min(t.Person.Confidence, owner.Confidence), null);
                }
                if (t.Owners.Count > 0 || owned.Contains(person)) continue;
                if (KnownOwner(t, person, document.Date) is { } known)
                    Emit((person, EntityType.Person), predicate, known, t.First, t.End, t.Title.IsLeader ? "title:known-leader" : "title:known-official", Confidences.TitleRelation * t.Person.Confidence, null);
                else if (!former && ContextOwner.Find(c, t, mentionsBySentence[sentence.Index], entityTypes) is { } context)
                    Emit((person, EntityType.Person), predicate, (context.Id, context.Type), t.First, t.End, context.Rule, Confidences.ContextRelation * t.Person.Confidence, null);
            }

            var found = new List<(CuePattern Pattern, PatternMatch Match, int Anchor)>();
            for (var a = c.First; a < c.End; a++)
            {
                if (!anchors.TryGetValue(folded[a], out var candidates)) continue;
                var done = new HashSet<Predicate>();
                foreach (var pattern in candidates)
                {
                    if (done.Contains(pattern.Predicate)) continue;
                    var match = PatternMatcher.Match(c, pattern, a);
                    if (match is null) continue;
                    done.Add(pattern.Predicate);
                    found.Add((pattern, match, a));
                }
            }
            foreach (var (pattern, match, a) in found)
            {
                // Longer patterns win over overlapping shorter ones of the same predicate ("was accused by" over "accused").
                if (found.Any(f => f.Pattern.Predicate == pattern.Predicate && f.Pattern.Elements.Length > pattern.Elements.Length
                                   && f.Match.First < match.End && match.First < f.Match.End)) continue;
                if (Negation.Blocks(c, a, match.Subjects[0].First < a ? match.Subjects[0].First : -1)) continue;
                var attribution = Attribution.Find(c, a, Name);
                foreach (var (s, o, confidence) in Pairs(pattern, match))
                {
                    Emit(s, pattern.Predicate, o, match.First, match.End, pattern.Rule, Confidences.PatternRelation * confidence, attribution);
                }
            }

            void Emit((string Id, EntityType Type) s, Predicate p, (string Id, EntityType Type) o, int first, int end, string rule, double confidence, string? attribution)
            {
                if (s.Id == o.Id || !p.Allows(s.Type, o.Type) || !seen.Add((s.Id, p, o.Id, sentence.Index))) return;
                // Evidence spans are offsets into the sentence text (see Evidence.Span), not into the article.
                var span = new TextSpan(document.Tokens[first].Start - sentence.Span.Start, document.Tokens[end - 1].End - sentence.Span.Start);
                sentenceText ??= document.SentenceText(sentence.Index);
                var evidence = new Evidence(document.Article.Id, sentence.Index, sentenceText, span, rule, Math.Round(confidence, 3))
                {
                    Attribution = attribution,
                    Date = document.Date,
                };
                relations.Add(new RelationAssertion(s.Id, p, o.Id, evidence));
            }
        }
        return document with { Relations = relations.ToImmutable() };
    }

    /// <summary>
    /// A bare title before a curated person ("Presiden Joko Widodo"): the owner of the person's term in an office of
    /// the same kind at the article's date (<c>offices.tsv</c>); failing that, the owner of the current role
    /// <c>people.tsv</c> records, when the title is of the same kind.
    /// </summary>
    private (string Id, EntityType Type)? KnownOwner(TitleConstruction t, string personId, DateOnly? date)
    {
        var gazetteer = _data.Gazetteer;
        string? of = gazetteer.Offices.Owner(personId, t.Title.Role, date);
        if (of is null && gazetteer.Offices.TermsOf(personId).Count == 0
            && gazetteer.Find(personId) is { Role: { } current } && current.Role == t.Title.Role)
            of = current.OwnerId;
        return of is null || gazetteer.Find(of) is not { } owner ? null : (of, owner.Type);
    }

    private static IEnumerable<((string, EntityType) S, (string, EntityType) O, double Confidence)> Pairs(CuePattern pattern, PatternMatch match)
    {
        if (pattern.HasObject)
        {
            foreach (var su in match.Subjects)
            foreach (var ou in match.Objects)
            foreach (var s in su.Entities)
            foreach (var o in ou.Entities)
                yield return (s, o, Math.Min(su.Confidence, ou.Confidence));
            yield break;
        }
        // "Kim dan Lavrov bertemu", "kedua negara menandatangani pakta": every pair of the group; for an
        // asymmetric predicate the pattern is reciprocal ("Hamas dan Israel saling menuduh"): both directions.
        var members = match.Subjects.SelectMany(u => u.Entities.Select(e => (Entity: e, u.Confidence))).ToList();
        for (var i = 0; i < members.Count; i++)
        for (var j = i + 1; j < members.Count; j++)
        {
            yield return (members[i].Entity, members[j].Entity, Math.Min(members[i].Confidence, members[j].Confidence));
            if (!pattern.Predicate.IsSymmetric)
                yield return (members[j].Entity, members[i].Entity, Math.Min(members[i].Confidence, members[j].Confidence));
        }
    }

    private static FrozenDictionary<string, CuePattern[]> IndexAnchors(LanguageLexicon lexicon)
    {
        var index = new Dictionary<string, List<CuePattern>>(StringComparer.Ordinal);
        foreach (var pattern in lexicon.Patterns)
        {
            foreach (var word in pattern.Elements[pattern.Anchor].Words)
            {
                if (!index.TryGetValue(word, out var list)) index[word] = list = [];
                list.Add(pattern);
            }
        }
        return index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
