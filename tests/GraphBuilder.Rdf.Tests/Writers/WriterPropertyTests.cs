using FsCheck;
using FsCheck.Fluent;
using GraphBuilder.Core.Documents;
using GraphBuilder.Core.Graph;
using GraphBuilder.Core.Identity;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Rdf.Mapping;
using GraphBuilder.Rdf.Parsing;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Writers;

/// <summary>Any names and sentences survive the N-Triples and N-Quads writers: parsing the output gives back the mapped statements.</summary>
public sealed class WriterPropertyTests
{
    private static KnowledgeGraph GraphOf(string name, string alias, string sentence, string title)
    {
        var article = new Article(ContentHash.ArticleId(sentence + title), title, sentence, "p.txt") { Language = "en", Url = title };
        var a = new DocumentEntity("person/a", EntityType.Person, name) { NameLanguage = "en", Aliases = [alias] };
        var b = new DocumentEntity("country/b", EntityType.Country, alias) { Wikidata = "Q1" };
        var acc = new GraphAccumulator();
        acc.Add(TestGraphs.Build(article, [a, b], [(a.Id, Predicate.OfficialOf, b.Id, 0, sentence)], attribution: title));
        return acc.Snapshot();
    }

    [Theory]
    [InlineData("nt")]
    [InlineData("nq")]
    public void Write_AnyText_ParsesBackToTheSameStatements(string format)
    {
        var text = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);
        Prop.ForAll(Gen.Zip(Gen.Zip(text, text), Gen.Zip(text, text)).ToArbitrary(), texts =>
        {
            var ((name, alias), (sentence, title)) = texts;
            var graph = GraphOf(name, alias, sentence, title);
            var written = RdfFixtures.Serialize(graph, format);
            var parsed = NQuadsParser.Parse(new StringReader(written)).ToHashSet();
            return parsed.SetEquals(RdfFixtures.Statements(graph, RdfFixtures.LayoutOf(format)))
                && written.Split('\n').Length - 1 == parsed.Count;
        }).QuickCheckThrowOnFailure();
    }
}
