using GraphBuilder.TestSupport;

namespace GraphBuilder.Cli.Tests;

/// <summary>Language-tagged names on the real seeds, asked for with SPARQL (Jena ARQ over graph.nt).</summary>
public sealed class SeedsLanguageNamesTests
{
    [SkippableFact]
    public void IndonesianNamesQuery_Seeds_FindsCuratedAndTextNamesTaggedId()
    {
        Jena.Require();
        using var dir = new TempDirectory();
        var ingest = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "nt", "--no-progress");
        Assert.True(ingest.ExitCode == 0, ingest.Err);

        var result = Jena.Sparql(dir.File("graph.nt"), Path.Combine(RepoPaths.Queries, "indonesian-names.rq"));
        Assert.True(result.ExitCode == 0, result.StdErr);
        var rows = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Console.WriteLine(string.Join('\n', rows.Take(15)));
        // The gazetteer's Indonesian name is the preferred Indonesian label; the English name stays the rdfs:label.
        Assert.Contains("https://graphbuilder.dev/id/country/north-korea,North Korea,preferred,Korea Utara", rows);
        Assert.Contains("https://graphbuilder.dev/id/country/russia,Russia,preferred,Rusia", rows);
        Assert.True(rows.Length > 10, $"only {rows.Length - 1} Indonesian names");
    }

    [Fact]
    public void Labels_Seeds_TextFoundNamesCarryTheArticleLanguage()
    {
        using var dir = new TempDirectory();
        var ingest = CliRunner.Run("ingest", RepoPaths.Seeds, "--out", dir.Path, "--formats", "nt", "--no-progress");
        Assert.True(ingest.ExitCode == 0, ingest.Err);
        var lines = File.ReadAllLines(dir.File("graph.nt"));
        var labels = lines.Where(l => l.Contains("<http://www.w3.org/2000/01/rdf-schema#label>", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(labels);
        // Every rdfs:label has a language: curated names in English, names found in the (Indonesian) seeds in Indonesian.
        Assert.All(labels, l => Assert.Matches("\"@(en|id) \\.$", l));
        Assert.Contains(labels, l => l.EndsWith("\"@id .", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("skos/core#altLabel", StringComparison.Ordinal) && l.EndsWith("\" .", StringComparison.Ordinal));
    }
}
