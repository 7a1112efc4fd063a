using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Cypher;

/// <summary>Every statement the loader sends parses and analyses cleanly under Neo4j's own Cypher front end.</summary>
public sealed class StatementLintTests
{
    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in Enum.GetValues<EntityType>()) data.Add($"entity {type}", WriteStatements.Parameterised(WriteStatements.Entity(type)));
        foreach (var p in Enum.GetValues<Predicate>()) data.Add($"relation {p}", WriteStatements.Parameterised(WriteStatements.Relation(p)));
        data.Add("article", WriteStatements.Parameterised(WriteStatements.Article()));
        data.Add("sentence", WriteStatements.Parameterised(WriteStatements.Sentence()));
        data.Add("mention", WriteStatements.Parameterised(WriteStatements.Mention()));
        return data;
    }

    [SkippableFact]
    public void Lint_EveryTemplateAndSchemaStatement_NoErrors()
    {
        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        // One linter run for all statements keeps this fast; each is checked alone below on failure.
        var all = string.Join(";\n", Templates().Select(t => (string)t[1]).Concat(SchemaStatements.All)) + ";";
        var errors = CypherLint.Errors(all);
        Assert.True(errors.Length == 0, "Neo4j's parser rejects a statement:\n" + errors + "\n" + FirstFailing());
    }

    [SkippableFact]
    public void Lint_BrokenStatement_IsReported()
    {
        // Proves the linter really runs: a missing parenthesis must be an error.
        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        Assert.NotEmpty(CypherLint.Errors("UNWIND $rows AS row MERGE (e:Entity {id: row.id}"));
    }

    [SkippableFact]
    public void Lint_CountStatements_NoErrors()
    {
        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        Assert.Equal("", CypherLint.Errors(GraphBuilder.Neo4j.Loading.Neo4jLoader.CountNodes + ";\n" + GraphBuilder.Neo4j.Loading.Neo4jLoader.CountRelationships + ";"));
    }

    private static string FirstFailing()
    {
        foreach (var t in Templates())
        {
            var errors = CypherLint.Errors((string)t[1]);
            if (errors.Length > 0) return $"in {t[0]}:\n{t[1]}\n{errors}";
        }
        return "";
    }
}
