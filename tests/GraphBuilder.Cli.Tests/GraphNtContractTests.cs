using System.Text.RegularExpressions;
using GraphBuilder.Core.Ontology;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>
/// The graph.nt contract downstream tools rely on (issue 2): entity typing and labels, Wikidata
/// links, relation predicates from the inventory; byte-identical reruns; valid for Apache Jena.
/// </summary>
public sealed partial class GraphNtContractTests : IClassFixture<SeedIngestFixture>
{
    private const string Gb = OntologyNamespace.GraphBuilder;
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string Label = "http://www.w3.org/2000/01/rdf-schema#label";
    private const string SameAs = "http://www.w3.org/2002/07/owl#sameAs";
    private readonly SeedIngestFixture _seeds;

    public GraphNtContractTests(SeedIngestFixture seeds) => _seeds = seeds;

    [Fact]
    public void Ingest_SeedsTwice_GraphNtByteIdentical()
    {
        using var second = new TempDirectory();
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", second.Path, "--formats", "nt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(_seeds.File("graph.nt")), File.ReadAllBytes(second.File("graph.nt")));
    }

    [Fact]
    public void GraphNt_EveryEntity_HasOneOntologyClassAndALabel()
    {
        var triples = _seeds.Triples;
        var classes = Enum.GetNames<EntityType>().Select(n => $"<{Gb}{n}>").ToHashSet();
        var entities = triples.Where(t => t.P == $"<{RdfType}>" && classes.Contains(t.O)).GroupBy(t => t.S).ToList();

        Assert.True(entities.Count >= 10, $"only {entities.Count} typed entities");
        Assert.All(entities, e => Assert.Single(e));
        var labelled = triples.Where(t => t.P == $"<{Label}>").Select(t => t.S).ToHashSet();
        Assert.All(entities, e => Assert.Contains(e.Key, labelled));
    }

    [Fact]
    public void GraphNt_SameAs_PointsToWikidataEntities()
    {
        var links = _seeds.Triples.Where(t => t.P == $"<{SameAs}>").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, t => Assert.Matches(@"^<http://www\.wikidata\.org/entity/Q[1-9][0-9]*>$", t.O));
    }

    [Fact]
    public void GraphNt_RelationsBetweenEntities_UseInventoryPredicates()
    {
        var typed = _seeds.Triples.Where(t => t.P == $"<{RdfType}>").Select(t => t.S).ToHashSet();
        var inventory = TestOntology.Predicates.Select(p => $"<{Gb}{p.LocalName}>").ToHashSet();
        var relations = _seeds.Triples.Where(t => typed.Contains(t.S) && typed.Contains(t.O) && t.P.StartsWith("<" + Gb, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(relations);
        Assert.All(relations, t => Assert.Contains(t.P, inventory));
    }

    [Theory]
    [InlineData("country/north-korea", "supports", "country/russia")]
    [InlineData("person/kim-jong-un", "leaderOf", "country/north-korea")]
    [InlineData("person/choe-son-hui", "meets", "person/sergei-lavrov")]
    public void GraphNt_Seeds_StateTheHeadlineFacts(string subject, string predicate, string @object)
    {
        var s = $"<https://graphbuilder.dev/id/{subject}>";
        var p = $"<{Gb}{predicate}>";
        var o = $"<https://graphbuilder.dev/id/{@object}>";
        Assert.Contains(_seeds.Triples, t => t.P == p && ((t.S == s && t.O == o) || (predicate == "meets" && t.S == o && t.O == s)));
    }

    [SkippableFact]
    public void GraphNt_Seeds_ValidWithJenaRiot()
    {
        Jena.Require();
        var result = Jena.Validate(_seeds.File("graph.nt"));
        Assert.True(result.ExitCode == 0 && result.StdErr.Trim().Length == 0, $"riot: {result.StdOut}{result.StdErr}");
    }
}

/// <summary>Runs `ingest seeds --formats nt` once for all contract tests and parses the result.</summary>
public sealed partial class SeedIngestFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SeedIngestFixture()
    {
        var result = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", _dir.Path, "--formats", "nt");
        if (result.ExitCode != 0) throw new InvalidOperationException($"ingest failed ({result.ExitCode}): {result.Err}");
        Triples = System.IO.File.ReadLines(File("graph.nt")).Where(l => l.Length > 0).Select(Parse).ToList();
    }

    public IReadOnlyList<(string S, string P, string O)> Triples { get; }

    public string File(string name) => _dir.File(name);

    private static (string, string, string) Parse(string line)
    {
        var m = Line().Match(line);
        if (!m.Success) throw new FormatException("not an N-Triples line: " + line);
        return (m.Groups["s"].Value, m.Groups["p"].Value, m.Groups["o"].Value);
    }

    [GeneratedRegex("""^(?<s><[^>]*>|_:\S+) (?<p><[^>]*>) (?<o><[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?) \.$""")]
    private static partial Regex Line();

    public void Dispose() => _dir.Dispose();
}
