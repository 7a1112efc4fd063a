using System.Collections.Immutable;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Extraction.Data;

namespace GraphBuilder.Extraction.Recognition;

/// <summary>
/// Finds gazetteer names (countries, capitals, demonyms, organisations, locations, people) with a
/// token trie: at each token the longest entry wins and matching resumes after it (leftmost-longest,
/// no overlaps). A match must start with a capital letter; short acronyms must match their case exactly.
/// </summary>
public sealed class GazetteerRecognizer(Gazetteer gazetteer) : IDocumentComponent
{
    // The rule of each surface kind ("gazetteer:name", "gazetteer:demonym", ...), indexed by the enum value.
    private static readonly string[] RuleNames = [.. Enum.GetValues<SurfaceKind>().Select(k => "gazetteer:" + k.ToString().ToLowerInvariant())];

    // The origin of each surface kind, indexed like RuleNames.
    private static readonly MentionOrigin[] Origins = [MentionOrigin.GazetteerName, MentionOrigin.GazetteerDemonym, MentionOrigin.GazetteerCapital];

    public string Name => "gazetteer-recognizer";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.SubWords;

    public DocumentLayers Assigns => DocumentLayers.Mentions;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var text = Layers.SubWords(document);
        foreach (var sentence in document.Sentences)
        {
            var p = text.FirstOf[sentence.FirstToken];
            var words = text.Words.AsSpan(0, text.FirstOf[sentence.FirstToken + sentence.TokenCount]);
            while (p < words.Length)
            {
                IReadOnlyList<GazetteerSurface> values = [];
                var length = text.StartsToken(p) ? gazetteer.Trie.LongestMatch(words, p, (document, text, p), static (s, v, end) => Accept(s.document, s.text, v, s.p, end), out values) : 0;
                if (length == 0) { p++; continue; }
                var surface = Pick(values);
                var first = text.Owner[p];
                if (surface.Entry.Type == EntityType.Person) first = GivenNameStart(document, sentence, surface.Entry, first, mentions);
                var last = text.Owner[p + length - 1];
                var span = new TextSpan(document.Tokens[first].Start, document.Tokens[last].End);
                mentions.Add(new EntityMention(span, surface.Entry.Type, document.Text[span.Start..span.End], sentence.Index, RuleNames[(int)surface.Kind])
                {
                    EntityId = surface.Entry.Id,
                    Confidence = surface.Kind == SurfaceKind.Name ? 0.95 : 0.85,
                    Origin = Origins[(int)surface.Kind],
                });
                p += length;
            }
        }
        var before = mentions.Count;
        DashPairs(document, mentions);
        return document with { Mentions = document.Mentions.AddRange(mentions.Count == before ? mentions : mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)) };
    }

    /// <summary>
    /// "Rusia-Ukraina Sepakati Pertukaran Tahanan", "US-China talks": a hyphenated token whose every part names a
    /// state or organisation stands for all of them (one mention per part over the whole token, so the parts form
    /// one coordinated unit). A dateline dash ("Jakarta – ...") is a token of its own and is not affected.
    /// </summary>
    private void DashPairs(Document document, ImmutableArray<EntityMention>.Builder mentions)
    {
        var covered = mentions.Select(m => m.Span).ToList();
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            var token = document.Tokens[t];
            var word = token.Slice(document.Text);
            if (token.Kind != TokenKind.Word || word.IndexOf('-') <= 0 || covered.Any(c => c.Overlaps(token.Span))) continue;
            var parts = word.ToString().Split('-');
            if (parts.Length < 2 || parts.Any(p => p.Length == 0 || !char.IsUpper(p[0]))) continue;
            var found = new List<GazetteerSurface>();
            foreach (var part in parts)
            {
                var n = gazetteer.Trie.LongestMatch([NameKey.Fold(part)], 0, (v, _) => v.Entry.Type is EntityType.Country or EntityType.Organization
                                                                                     && (!v.CaseSensitive || v.Form == part), out var values);
                if (n != 1) break;
                found.Add(Pick(values));
            }
            if (found.Count != parts.Length || found.Select(f => f.Entry.Id).Distinct().Count() != found.Count) continue;
            for (var i = 0; i < found.Count; i++)
            {
                mentions.Add(new EntityMention(token.Span, found[i].Entry.Type, parts[i], token.SentenceIndex, RuleNames[(int)found[i].Kind])
                {
                    EntityId = found[i].Entry.Id,
                    Confidence = Confidences.GazetteerMention,
                    Origin = Origins[(int)found[i].Kind],
                });
            }
        }
    }

    /// <summary>
    /// "Menteri Pertahanan Australia, Richard Donald Marles": a curated person found by a short form (the surname)
    /// right after capitalised words that begin with the person's given name takes those words in as middle
    /// names, so the title does not make "Richard Donald" a second person. Returns the mention's first token.
    /// </summary>
    private static int GivenNameStart(Document document, Sentence sentence, GazetteerEntry entry, int first, ImmutableArray<EntityMention>.Builder mentions)
    {
        const int MaxMiddleNames = 2;
        if (first - 2 < sentence.FirstToken || !IsCapitalisedWord(document, first - 1)) return first;
        var keys = NameKey.TokenKeys(entry.Name);
        var given = keys[0];
        if (keys.Count < 2 || NameKey.Fold(document.Tokens[first].Slice(document.Text)) == given) return first;
        for (var t = first - 2; t >= Math.Max(sentence.FirstToken, first - 1 - MaxMiddleNames); t--)
        {
            if (!IsCapitalisedWord(document, t)) return first;
            if (mentions.Count > 0 && mentions[^1].Span.End > document.Tokens[t].Start) return first;
            if (NameKey.Fold(document.Tokens[t].Slice(document.Text)) == given) return t;
        }
        return first;
    }

    private static bool IsCapitalisedWord(Document document, int t) =>
        document.Tokens[t].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[t].Start]);

    private static bool Accept(Document document, SubWords text, GazetteerSurface surface, int start, int end)
    {
        if (!text.EndsToken(end - 1)) return false; // must end at a token boundary
        var first = document.Tokens[text.Owner[start]];
        if (surface.CaseSensitive)
        {
            var span = document.Text.AsSpan(first.Start, document.Tokens[text.Owner[end - 1]].End - first.Start);
            return span.SequenceEqual(surface.Form);
        }
        var c = document.Text[first.Start];
        // A name that itself starts in lower case ("el-Sisi", "von der Leyen", "al-Qaida") matches as written.
        return char.IsUpper(c) || char.IsDigit(c) || (char.IsLower(surface.Form[0]) && c == surface.Form[0]);
    }

    /// <summary>When a surface names several entries: names before capitals and demonyms, then countries first.</summary>
    private static GazetteerSurface Pick(IReadOnlyList<GazetteerSurface> values) => values.Count == 1 ? values[0] :
        values.OrderBy(v => v.Kind).ThenBy(v => v.Entry.Type switch
        {
            EntityType.Country => 0,
            EntityType.Organization => 1,
            EntityType.Person => 2,
            _ => 3,
        }).ThenBy(v => v.Entry.Id, StringComparer.Ordinal).First();
}
