using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.TestSupport;

namespace GraphBuilder.Neo4j.Tests.Cypher;

/// <summary>Every statement the loader sends parses and analyses cleanly under Neo4j's own Cypher front end.</summary>
public sealed class StatementLintTests
{
    private static readonly string[] Languages = ["en", "id"];

    /// <summary>
    /// One statement of each shape. The entity and relation templates of other classes and types
    /// differ only in the whitelisted identifier (see the test below), and Neo4j's parser costs
    /// seconds per relation statement, so one of each is linted.
    /// </summary>
    private static IEnumerable<(string Name, string Statement)> Templates() =>
    [
        ("entity", WriteStatements.Parameterised(WriteStatements.Entity(EntityType.Person, Languages))),
        ("entity without languages", WriteStatements.Parameterised(WriteStatements.Entity(EntityType.Person, []))),
        ("relation", WriteStatements.Parameterised(WriteStatements.Relation(Predicate.SendsTroopsTo))),
        ("article", WriteStatements.Parameterised(WriteStatements.Article())),
        ("sentence", WriteStatements.Parameterised(WriteStatements.Sentence())),
        ("mention", WriteStatements.Parameterised(WriteStatements.Mention())),
    ];

    [Fact]
    public void Templates_OfEveryClassAndType_DifferOnlyInTheIdentifier()
    {
        var entity = WriteStatements.Entity(EntityType.Person, Languages);
        foreach (var type in Enum.GetValues<EntityType>())
            Assert.Equal(entity, WriteStatements.Entity(type, Languages).Replace("SET e:" + CypherIdentifier.Label(type) + ",", "SET e:Person,", StringComparison.Ordinal));
        var relation = WriteStatements.Relation(Predicate.SendsTroopsTo);
        foreach (var p in TestOntology.Predicates)
            Assert.Equal(relation, WriteStatements.Relation(p)
                .Replace("[r:" + CypherIdentifier.RelationshipType(p) + "]", "[r:SENDS_TROOPS_TO]", StringComparison.Ordinal)
                .Replace("ev.type = '" + CypherIdentifier.RelationshipType(p) + "'", "ev.type = 'SENDS_TROOPS_TO'", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Lint_EveryTemplateAndSchemaStatement_NoErrors()
    {
        ExternalTool.Require(CypherLint.IsAvailable, CypherLint.MissingReason);
        // One linter run for all statements keeps this fast; each is checked alone below on failure.
        var all = string.Join(";\n", Templates().Select(t => t.Statement).Concat(SchemaStatements.All)) + ";";
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
        foreach (var (name, statement) in Templates())
        {
            var errors = CypherLint.Errors(statement);
            if (errors.Length > 0) return $"in {name}:\n{statement}\n{errors}";
        }
        return "";
    }
}
