using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Core.Tests;

public class GraphAccumulatorTests
{
    private static readonly DocumentEntity Nk = TestGraphs.Entity(EntityType.Country, "North Korea", "Q423", "Korea Utara");
    private static readonly DocumentEntity Ru = TestGraphs.Entity(EntityType.Country, "Russia", "Q159", "Rusia");

    private static Document Doc(string text, string path, DateOnly date, params (string, Predicate, string, int, string)[] relations)
    {
        var article = new Article(ContentHash.ArticleId(text), "t", text, path) { Published = date };
        return TestGraphs.Build(article, [Nk, Ru], relations);
    }

    [Fact]
    public void Add_SameRelationInTwoArticles_OneEdgeWithTwoEvidence()
    {
        var acc = new GraphAccumulator();
        acc.Add(Doc("a", "a.txt", new DateOnly(2023, 6, 25), (Nk.Id, Predicate.Supports, Ru.Id, 0, "Korea Utara mendukung Rusia.")));
        acc.Add(Doc("b", "b.txt", new DateOnly(2024, 11, 1), (Nk.Id, Predicate.Supports, Ru.Id, 3, "Pyongyang mendukung Moskow.")));

        var graph = acc.Snapshot();

        var edge = Assert.Single(graph.Relations);
        Assert.Equal(2, edge.EvidenceCount);
        Assert.Equal(new DateOnly(2023, 6, 25), edge.FirstDate);
        Assert.Equal(new DateOnly(2024, 11, 1), edge.LastDate);
        Assert.Equal(0.99, edge.Confidence, 3);
        Assert.Equal(2, graph.Entities.Length);
        Assert.Equal(2, graph.Entity(Nk.Id).ArticleCount);
    }

    [Fact]
    public void Add_SymmetricPredicateBothDirections_StoredOnce()
    {
        var acc = new GraphAccumulator();
        acc.Add(Doc("a", "a.txt", default, (Ru.Id, Predicate.Meets, Nk.Id, 0, "x")));
        acc.Add(Doc("b", "b.txt", default, (Nk.Id, Predicate.Meets, Ru.Id, 0, "y")));

        var edge = Assert.Single(acc.Snapshot().Relations);
        Assert.Equal(Nk.Id, edge.SubjectId);
        Assert.Equal(2, edge.EvidenceCount);
    }

    [Fact]
    public void Add_DuplicateContent_IgnoredAndSmallestPathKeptWhateverTheOrder()
    {
        var first = new GraphAccumulator();
        Assert.True(first.Add(Doc("same", "z.txt", default, (Nk.Id, Predicate.Supports, Ru.Id, 0, "s"))));
        Assert.False(first.Add(Doc("same", "a.txt", default, (Nk.Id, Predicate.Supports, Ru.Id, 0, "s"))));
        var second = new GraphAccumulator();
        second.Add(Doc("same", "a.txt", default, (Nk.Id, Predicate.Supports, Ru.Id, 0, "s")));
        second.Add(Doc("same", "z.txt", default, (Nk.Id, Predicate.Supports, Ru.Id, 0, "s")));

        Assert.Equal("a.txt", Assert.Single(first.Snapshot().Articles).SourcePath);
        Assert.Equal("a.txt", Assert.Single(second.Snapshot().Articles).SourcePath);
        Assert.Equal(1, Assert.Single(first.Snapshot().Relations).EvidenceCount);
    }

    [Fact]
    public void Snapshot_OrderOfArrival_DoesNotChangeResult()
    {
        var docs = Enumerable.Range(0, 20).Select(i => Doc("text " + i, $"f{i}.txt", new DateOnly(2024, 1, 1 + i),
            (Nk.Id, TestOntology.Predicates[i % 3], Ru.Id, i, "sentence " + i))).ToList();
        var forward = new GraphAccumulator();
        docs.ForEach(d => forward.Add(d));
        var backward = new GraphAccumulator();
        Enumerable.Reverse(docs).ToList().ForEach(d => backward.Add(d));

        Assert.Equal(Describe(forward.Snapshot()), Describe(backward.Snapshot()));
    }

    [Fact]
    public void Snapshot_DocumentsAddedFromManyThreads_SameAsAddedInOrder()
    {
        // Enough documents, with name variants and duplicates, that the threads fill several shards that must merge.
        var docs = Enumerable.Range(0, 400).Select(i => Doc("text " + (i % 350), $"f{i:D3}.txt", new DateOnly(2024, 1, 1 + i % 28),
            (i % 2 == 0 ? Nk.Id : Ru.Id, TestOntology.Predicates[i % 3], i % 2 == 0 ? Ru.Id : Nk.Id, i % 7, "sentence " + i))).ToList();
        var sequential = new GraphAccumulator();
        docs.ForEach(d => sequential.Add(d));
        var parallel = new GraphAccumulator();
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, d => parallel.Add(d));

        var expected = sequential.Snapshot();
        var actual = parallel.Snapshot();
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected.Entities, actual.Entities, (a, b) => a.Name == b.Name && a.ArticleCount == b.ArticleCount && a.Aliases.SequenceEqual(b.Aliases));
        Assert.Equal(350, actual.Articles.Length);
    }

    [Fact]
    public void Snapshot_EntityNames_GazetteerNameWinsAndAliasesUnion()
    {
        var acc = new GraphAccumulator();
        var unlinked = new DocumentEntity(Nk.Id, EntityType.Country, "Korut") { Aliases = ["DPRK"] };
        var article = new Article("a1", "t", "x", "p");
        acc.Add(new Document(article) { Entities = [unlinked] });
        acc.Add(new Document(new Article("a2", "t", "y", "q")) { Entities = [Nk] });

        var entity = Assert.Single(acc.Snapshot().Entities);
        Assert.Equal("North Korea", entity.Name);
        Assert.Equal(["DPRK", "Korea Utara", "Korut"], entity.Aliases.ToArray());
        Assert.Equal("Q423", entity.Wikidata);
    }

    [Fact]
    public void Add_RelationToUndeclaredEntity_Throws()
    {
        var acc = new GraphAccumulator();
        var doc = Doc("a", "a.txt", default, (Nk.Id, Predicate.Supports, Ru.Id, 0, "s")) with { Entities = [Nk] };
        Assert.Throws<InvalidOperationException>(() => acc.Add(doc));
    }

    private static string Describe(KnowledgeGraph g) => string.Join("\n",
        g.Relations.Select(r => $"{r.Key} {r.EvidenceCount} {string.Join(",", r.Evidence.Select(e => e.ArticleId + ":" + e.SentenceIndex))}")
            .Concat(g.Articles.Select(a => a.Id + a.SourcePath)));

    [Fact]
    public void Snapshot_NamesFromArticlesInTwoLanguages_TaggedAndOnePreferredPerLanguage()
    {
        var curated = Nk with { Labels = [new("North Korea", "en"), new("Korea Utara", "id")] };
        var inIndonesian = curated with { Names = [new("North Korea", "en"), new("Korut", "id"), new("Korea Utara", "id")] };
        var inEnglish = curated with { Names = [new("North Korea", "en"), new("DPRK", "en")] };
        var acc = new GraphAccumulator();
        foreach (var (text, entity) in new[] { ("a", inIndonesian), ("b", inEnglish) })
        {
            var article = new Article(ContentHash.ArticleId(text), "t", text, text + ".txt");
            acc.Add(TestGraphs.Build(article, [entity, Ru], [(Nk.Id, Predicate.Supports, Ru.Id, 0, "x")]));
        }

        var nk = acc.Snapshot().Entity(Nk.Id);

        Assert.Equal([new("DPRK", "en"), new("North Korea", "en"), new("Korea Utara", "id"), new("Korut", "id")], nk.Names.ToArray());
        Assert.Equal([new("North Korea", "en"), new("Korea Utara", "id")], nk.PreferredNames.ToArray());
        Assert.Equal("en", nk.NameLanguage);
    }
}
