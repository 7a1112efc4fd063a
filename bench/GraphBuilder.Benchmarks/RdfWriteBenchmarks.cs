using GraphBuilder.TestSupport;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Core.Output;
using GraphBuilder.Rdf.Export;

namespace GraphBuilder.Benchmarks;

/// <summary>
/// Serializing a generated graph (2,000 entities, 10,000 relations with evidence from 1,000 articles)
/// into each RDF syntax, written to a null stream. Run: `-- --filter '*RdfWrite*'`.
/// </summary>
[MemoryDiagnoser]
public class RdfWriteBenchmarks
{
    private KnowledgeGraph _graph = KnowledgeGraph.Empty;
    private IReadOnlyList<SingleFileExporter> _exporters = [];

    [Params("nt", "ttl", "nq", "trig", "jsonld")]
    public string Format { get; set; } = "nt";

    [GlobalSetup]
    public void Setup()
    {
        _graph = Generate(articles: 1000, entitiesPerArticle: 20, relationsPerArticle: 10);
        _exporters = RdfExporter.All(new ExportSettings());
    }

    [Benchmark]
    public void Write()
    {
        _exporters.Single(e => e.Format == Format).Write(_graph, Stream.Null);
    }

    /// <summary>A deterministic graph shaped like extraction output; entity names repeat across articles so they merge.</summary>
    private static KnowledgeGraph Generate(int articles, int entitiesPerArticle, int relationsPerArticle)
    {
        var random = new Random(7);
        var accumulator = new GraphAccumulator();
        var predicates = TestOntology.Predicates.Where(p => p != Predicate.LeaderOf && p != Predicate.OfficialOf && p != Predicate.Invades && p != Predicate.SendsTroopsTo).ToArray();
        for (var a = 0; a < articles; a++)
        {
            var sentence = $"Pemimpin {a} bertemu \"tamu\" di ibu kota; kata sumber <{a}>.";
            var text = string.Concat(Enumerable.Repeat(sentence + " ", relationsPerArticle));
            var article = new Article(ContentHash.ArticleId(text), $"Artikel {a}", text, $"corpus/{a}.txt")
            {
                Published = new DateOnly(2024, 1 + a % 12, 1 + a % 28),
                Language = "id",
            };
            var entities = Enumerable.Range(0, entitiesPerArticle)
                .Select(_ => random.Next(2000))
                .Distinct()
                .Select(n => new DocumentEntity(StableId.For(EntityType.Person, $"Person {n}"), EntityType.Person, $"Person {n}")
                {
                    NameLanguage = "id",
                    Aliases = [$"P{n}"],
                    Wikidata = n % 3 == 0 ? $"Q{1000 + n}" : null,
                })
                .ToImmutableArray();
            var relations = Enumerable.Range(0, relationsPerArticle).Select(r =>
            {
                var span = new TextSpan(r * (sentence.Length + 1), r * (sentence.Length + 1) + sentence.Length);
                return new RelationAssertion(entities[r % entities.Length].Id, predicates[r % predicates.Length], entities[(r + 1) % entities.Length].Id,
                    new Evidence(article.Id, r, sentence, span, "bench-rule", 0.8) { Date = article.Published });
            }).Where(r => r.SubjectId != r.ObjectId).ToImmutableArray();
            accumulator.Add(new Document(article) { Entities = entities, Relations = relations });
        }
        return accumulator.Snapshot();
    }
}
