using GraphBuilder.TestSupport;
using System.Collections.Frozen;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Extraction.Data;
using GraphBuilder.Extraction.Recognition;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Tests.Support;

/// <summary>
/// Hand-made inputs for testing one component alone: a small lexicon written from a few lines, and a document
/// segmented and folded with the mentions given by their text (no gazetteer, no other component).
/// </summary>
public static class HandMade
{
    /// <summary>A lexicon from words.tsv lines ("conj\tand"), titles.tsv lines ("leader\tPresident") and relations.tsv lines.</summary>
    public static LanguageLexicon Lexicon(string[]? words = null, string[]? titles = null, string[]? relations = null, string[]? coref = null, string code = "xx")
    {
        var dir = Directory.CreateTempSubdirectory("gb-lexicon-");
        try
        {
            File.WriteAllLines(Path.Combine(dir.FullName, "words.tsv"), words ?? []);
            File.WriteAllLines(Path.Combine(dir.FullName, "titles.tsv"), titles ?? []);
            File.WriteAllLines(Path.Combine(dir.FullName, "relations.tsv"), relations ?? []);
            File.WriteAllLines(Path.Combine(dir.FullName, "coref.tsv"), coref ?? []);
            return LanguageLexicon.Load(dir.FullName, code, TestOntology.Predicates);
        }
        finally { dir.Delete(recursive: true); }
    }

    /// <summary>A mention to place: its text (the first occurrence at or after <paramref name="After"/>), class and id.</summary>
    public sealed record Mark(string Text, EntityType Type, string? Id = null, int After = 0);

    public static Mark Country(string text, int after = 0) => new(text, EntityType.Country, StableId.For(EntityType.Country, text), after);

    public static Mark Person(string text, int after = 0) => new(text, EntityType.Person, StableId.For(EntityType.Person, text), after);

    public static Mark Organization(string text, int after = 0) => new(text, EntityType.Organization, StableId.For(EntityType.Organization, text), after);

    /// <summary>The text segmented (no abbreviations) and folded, with the marked mentions in document order.</summary>
    public static Document Document(string text, params Mark[] marks)
    {
        var document = new TokenFolder().Process(new Segmenter(FrozenSet<string>.Empty).Process(new Document(new Article("test", "t", text, "test.txt"))));
        var mentions = new List<EntityMention>();
        foreach (var mark in marks)
        {
            var start = text.IndexOf(mark.Text, mark.After, StringComparison.Ordinal);
            if (start < 0) throw new ArgumentException($"'{mark.Text}' is not in the text.");
            var span = new TextSpan(start, start + mark.Text.Length);
            var sentence = document.Sentences.First(s => s.Span.Contains(span)).Index;
            mentions.Add(new EntityMention(span, mark.Type, mark.Text, sentence, "test") { EntityId = mark.Id });
        }
        return document with { Mentions = [.. mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)] };
    }

    /// <summary>Index of the token starting with <paramref name="word"/> (the first at or after <paramref name="from"/>).</summary>
    public static int Token(Document document, string word, int from = 0)
    {
        for (var t = from; t < document.Tokens.Length; t++)
            if (document.Tokens[t].Slice(document.Text).SequenceEqual(word)) return t;
        throw new ArgumentException($"No token '{word}'.");
    }

    /// <summary>The matching context of the document's first sentence: its units from the mentions and the given title constructions.</summary>
    /// <param name="absorbBrackets">False to keep a bracketed short form a unit of its own (as when the unit map is built without the folded words).</param>
    public static SentenceContext Context(Document document, LanguageLexicon lexicon, IEnumerable<TitleConstruction>? titles = null, int sentence = 0, bool absorbBrackets = true)
    {
        var s = document.Sentences[sentence];
        var units = new UnitMap(s, document.MentionIndex, document.Mentions, titles ?? [], absorbBrackets ? document.FoldedTokens : default);
        return new SentenceContext(document, s, document.FoldedTokens, lexicon, units);
    }
}
