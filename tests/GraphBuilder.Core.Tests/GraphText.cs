using GraphBuilder.Core.Graph;

namespace GraphBuilder.Core.Tests;

/// <summary>Every field of a knowledge graph as text, so two graphs can be compared in full.</summary>
internal static class GraphText
{
    public static string Describe(KnowledgeGraph g) => string.Join("\n",
        g.Entities.Select(e => $"E {e.Id} {e.Type} {e.Name} {e.NameLanguage} [{string.Join("|", e.Aliases)}] [{string.Join("|", e.Names)}] [{string.Join("|", e.PreferredNames)}] {e.Wikidata} {e.ArticleCount}")
            .Concat(g.Relations.Select(r => $"R {r.Key} {r.Confidence:R} {r.FirstDate} {r.LastDate} [{string.Join("|", r.Attributions)}] [{string.Join("|", r.ArticleIds)}] "
                + string.Join(";", r.Evidence.Select(e => $"{e.ArticleId}:{e.SentenceIndex}:{e.Span}:{e.Rule}:{e.Confidence:R}:{e.Attribution}:{e.Date}:{e.SentenceText}"))))
            .Concat(g.Articles.Select(a => $"A {a}"))
            .Concat(g.Sentences.Select(s => $"S {s.Id} {s.Text} [{string.Join("|", s.EntityIds)}]")));
}
