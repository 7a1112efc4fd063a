using GraphBuilder.Rdf.Parsing;
using GraphBuilder.Rdf.Terms;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Rdf.Tests.Oracles;

/// <summary>Every export format of the seed-like and torture graphs, checked by Apache Jena.</summary>
public sealed class JenaRoundTripTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var graph in new[] { "seedlike", "torture" })
            foreach (var format in new[] { "nt", "ttl", "nq", "trig", "jsonld" })
                data.Add(graph, format);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Export_ParsedByJena_ValidatesAndRoundTripsToSameStatements(string graphName, string format)
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var graph = RdfFixtures.Graph(graphName);
        var file = dir.File("graph." + format);
        File.WriteAllText(file, RdfFixtures.Serialize(graph, format), new System.Text.UTF8Encoding(false));

        var validation = Jena.Validate(file);
        Console.WriteLine($"riot --validate {graphName} graph.{format}: exit {validation.ExitCode} {validation.StdOut}{validation.StdErr}");
        Assert.True(validation.ExitCode == 0 && validation.StdErr.Trim().Length == 0,
            $"riot --validate graph.{format}: exit {validation.ExitCode}\n{validation.StdOut}\n{validation.StdErr}");

        var parsed = Jena.ToNQuads(file);
        Assert.True(parsed.ExitCode == 0, parsed.StdErr);
        var jenaQuads = NQuadsParser.Parse(new StringReader(parsed.StdOut)).ToList();
        var expected = RdfFixtures.Statements(graph, RdfFixtures.LayoutOf(format));
        Assert.Equal(expected.Count, jenaQuads.Count);
        var missing = expected.Except(jenaQuads).Take(5).ToList();
        var extra = jenaQuads.Except(expected).Take(5).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"missing: {string.Join("\n", missing)}\nextra: {string.Join("\n", extra)}");
    }
}
