using System.Text.RegularExpressions;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Cypher;

/// <summary>The analyst queries in queries/ and the Browser style in neo4j/.</summary>
public sealed class QueriesTests
{
    private static IEnumerable<string> QueryFiles => Directory.EnumerateFiles(RepoPaths.Queries, "*.cypher").Order(StringComparer.Ordinal);

    [Fact]
    public void Queries_AnalystQuestions_AllPresent()
    {
        var names = QueryFiles.Select(Path.GetFileNameWithoutExtension).ToList();
        foreach (var question in new[] { "who-met-whom", "countries-supporting-russia", "relations-of-person", "sentences-behind-edge", "shortest-path-people", "most-connected" })
            Assert.Contains(question, names);
    }

    [Fact]
    public void Queries_UseOnlyTheModelsLabelsAndTypes()
    {
        var known = Enum.GetValues<EntityType>().Select(CypherIdentifier.Label)
            .Concat(TestOntology.Predicates.Select(CypherIdentifier.RelationshipType))
            .Concat([CypherIdentifier.EntityLabel, CypherIdentifier.ArticleLabel, CypherIdentifier.SentenceLabel, CypherIdentifier.HasSentence, CypherIdentifier.Mentions,
                CypherIdentifier.EvidenceLabel, CypherIdentifier.FromSentence, CypherIdentifier.Subject, CypherIdentifier.Object])
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in QueryFiles)
        {
            var code = string.Join("\n", File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            foreach (Match m in Regex.Matches(code, @"[(\[]\w*:(\w+)")) Assert.True(known.Contains(m.Groups[1].Value), $"{file}: unknown label or type {m.Groups[1].Value}");
        }
    }

    [SkippableFact]
    public void Queries_EveryFile_ParsesWithoutErrorsUnderNeo4jsParser()
    {
        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        // All files in one linter run; each file ends its statement with ';'.
        var all = string.Join("\n", QueryFiles.Select(File.ReadAllText));
        Assert.Equal("", CypherLint.Errors(all));
    }

    [Fact]
    public void Queries_ReadEvidenceFromEvidenceNodesNotFromListsOnRelationships()
    {
        foreach (var file in QueryFiles)
        {
            var code = File.ReadAllText(file);
            foreach (var gone in new[] { "sentenceIds", "articleIds", "evidenceKeys", "evidenceConfidences", "attributions" })
                Assert.False(code.Contains("." + gone, StringComparison.Ordinal), $"{file} reads the removed relationship property {gone}");
        }
        Assert.Contains(":FROM_SENTENCE", File.ReadAllText(Path.Combine(RepoPaths.Queries, "sentences-behind-edge.cypher")));
    }

    [Fact]
    public void Style_EvidenceAndItsLinks_HaveRules()
    {
        var grass = File.ReadAllText(Path.Combine(RepoPaths.Root, "neo4j", "graphbuilder.grass"));
        Assert.Matches(@"(?m)^node\.Evidence \{", grass);
        foreach (var type in new[] { CypherIdentifier.FromSentence, CypherIdentifier.Subject, CypherIdentifier.Object })
            Assert.Matches(@"(?m)^relationship\." + type + @" \{", grass);
    }

    [Fact]
    public void Style_EveryClass_HasAColourAndIsCaptionedByName()
    {
        var grass = File.ReadAllText(Path.Combine(RepoPaths.Root, "neo4j", "graphbuilder.grass"));
        var colours = new HashSet<string>();
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var rule = Regex.Match(grass, @"^node\." + CypherIdentifier.Label(type) + @" \{\n(.*?)\n\}", RegexOptions.Singleline | RegexOptions.Multiline);
            Assert.True(rule.Success, $"no style for {type}");
            Assert.Contains("caption: '{name}';", rule.Groups[1].Value);
            colours.Add(Regex.Match(rule.Groups[1].Value, @"\bcolor:\s*(#[0-9A-Fa-f]{6})").Groups[1].Value);
        }
        Assert.Equal(Enum.GetValues<EntityType>().Length, colours.Count);
    }
}
