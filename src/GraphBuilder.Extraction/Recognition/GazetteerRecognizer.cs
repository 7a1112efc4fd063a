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
    public string Name => "gazetteer-recognizer";

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var subWords = new List<string>();
        var owner = new List<int>();
        foreach (var sentence in document.Sentences)
        {
            subWords.Clear();
            owner.Clear();
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                foreach (var piece in NameKey.SplitWord(document.Tokens[t].Slice(document.Text)))
                {
                    subWords.Add(piece);
                    owner.Add(t);
                }
            }
            var p = 0;
            while (p < subWords.Count)
            {
                var startsToken = p == 0 || owner[p - 1] != owner[p];
                IReadOnlyList<GazetteerSurface> values = [];
                var length = startsToken ? gazetteer.Trie.LongestMatch(subWords, p, (s, n) => Accept(document, s, owner, p, n), out values) : 0;
                if (length == 0) { p++; continue; }
                var surface = Pick(values);
                var first = owner[p];
                var last = owner[p + length - 1];
                var span = new TextSpan(document.Tokens[first].Start, document.Tokens[last].End);
                mentions.Add(new EntityMention(span, surface.Entry.Type, document.Text[span.Start..span.End], sentence.Index, "gazetteer:" + surface.Kind.ToString().ToLowerInvariant())
                {
                    EntityId = surface.Entry.Id,
                    Confidence = surface.Kind == SurfaceKind.Name ? 0.95 : 0.85,
                });
                p += length;
            }
        }
        return document with { Mentions = document.Mentions.AddRange(mentions) };
    }

    private static bool Accept(Document document, GazetteerSurface surface, List<int> owner, int start, int length)
    {
        var end = start + length;
        if (end < owner.Count && owner[end] == owner[end - 1]) return false; // must end at a token boundary
        var first = document.Tokens[owner[start]];
        if (surface.CaseSensitive)
        {
            var text = document.Text.AsSpan(first.Start, document.Tokens[owner[end - 1]].End - first.Start);
            return text.SequenceEqual(surface.Form);
        }
        return char.IsUpper(document.Text[first.Start]) || char.IsDigit(document.Text[first.Start]);
    }

    /// <summary>When a surface names several entries: names before capitals and demonyms, then countries first.</summary>
    private static GazetteerSurface Pick(IReadOnlyList<GazetteerSurface> values) =>
        values.OrderBy(v => v.Kind).ThenBy(v => v.Entry.Type switch
        {
            EntityType.Country => 0,
            EntityType.Organization => 1,
            EntityType.Person => 2,
            _ => 3,
        }).ThenBy(v => v.Entry.Id, StringComparer.Ordinal).First();
}
