using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Pipeline;
using GraphBuilder.Ingestion.Processing;
using GraphBuilder.Ingestion.Sources;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Ingestion.Tests;

public class IncrementalRunTests
{
    /// <summary>
    /// Finds "A meets B" (one word each), with the name as written as the entity's name vote and the
    /// lower-cased word as its id, so later articles can change an entity's display name.
    /// </summary>
    private sealed class Meets : IDocumentComponent
    {
        public string Name => "meets";

        public Document Process(Document d)
        {
            var words = d.Text.Split(' ');
            var a = new DocumentEntity("person/" + words[0].ToLowerInvariant(), EntityType.Person, words[0]) { Names = [new(words[0], d.Language)] };
            var b = new DocumentEntity("person/" + words[2].ToLowerInvariant(), EntityType.Person, words[2]) { Names = [new(words[2], d.Language)] };
            var evidence = new Evidence(d.Article.Id, 0, d.Text, new TextSpan(0, d.Text.Length), "meets", 0.5);
            return d with
            {
                Sentences = [new Sentence(0, new TextSpan(0, d.Text.Length), 0, 3)],
                Entities = [a, b],
                Mentions = [new EntityMention(new TextSpan(0, 1), EntityType.Person, words[0], 0, "meets") { EntityId = a.Id }],
                Relations = [new RelationAssertion(a.Id, Predicate.Meets, b.Id, evidence)],
            };
        }
    }

    private static CorpusProcessor Processor(int parallelism) => new(new DocumentPipeline([new Meets()]), new ArticleSource(), parallelism);

    private static string Describe(IngestReport r) => string.Join("\n",
        r.Graph.Entities.Select(e => $"{e.Id} {e.Name} {e.ArticleCount} [{string.Join("|", e.Aliases)}]")
            .Concat(r.Graph.Relations.Select(x => $"{x.Key} {x.Confidence:R} {string.Join(",", x.ArticleIds)}"))
            .Concat(r.Graph.Articles.Select(a => $"{a.Id} {a.SourcePath}"))
            .Concat(r.Graph.Sentences.Select(s => $"{s.Id} {s.Text}"))
            .Concat(r.Records.Select(x => x.Article.Id)));

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Run_OnTopOfEarlierRecords_SameAsOneRunOverEverything(int parallelism)
    {
        using var dir = new TempDirectory();
        // "KIM" wins the name vote in the old half; the new half turns the majority to "Kim".
        dir.Write("old/1.txt", "KIM meets Putin");
        dir.Write("old/2.txt", "KIM meets Lavrov");
        dir.Write("new/1.txt", "Kim meets Putin today");
        dir.Write("new/2.txt", "Kim meets Lavrov today");
        dir.Write("new/3.txt", "Kim meets Shoigu");
        dir.Write("new/copy.txt", "KIM meets Lavrov");
        var full = Processor(parallelism).Run([dir.File("old"), dir.File("new")]);
        var old = Processor(parallelism).Run([dir.File("old")]);

        var incremental = Processor(parallelism).Run([dir.File("new")], old.Records);

        Assert.Equal(Describe(full), Describe(incremental));
        Assert.Equal("Kim", incremental.Graph.Entity("person/kim").Name);
        Assert.Equal(3, incremental.ArticlesRead);
        Assert.Equal(2, incremental.ArticlesKept);
        Assert.Equal(1, incremental.DuplicateArticles);
        // The copy of an old article keeps the old path, as in the full run where the old file is read first.
        Assert.Equal(dir.File("old/2.txt"), incremental.Graph.Articles.Single(a => a.Id == ContentHash.ArticleId("KIM meets Lavrov")).SourcePath);
    }

    [Fact]
    public void Run_OnlyCopiesOfEarlierArticles_NothingRead()
    {
        using var dir = new TempDirectory();
        dir.Write("old/1.txt", "Kim meets Putin");
        dir.Write("new/1.txt", "Kim meets Putin");
        var old = Processor(1).Run([dir.File("old")]);

        var again = Processor(1).Run([dir.File("new")], old.Records);

        Assert.Equal(0, again.ArticlesRead);
        Assert.Equal(1, again.DuplicateArticles);
        Assert.Equal(Describe(old), Describe(again));
    }
}
