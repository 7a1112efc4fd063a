using System.Collections.Immutable;

namespace GraphBuilder.Neo4j.Model;

/// <summary>
/// An entity's names in one language, written as <c>name_{Language}</c> (the preferred name) and
/// <c>names_{Language}</c> (every name in that language, ordinal-sorted). <see cref="Language"/> is
/// always a checked tag (<see cref="Cypher.CypherIdentifier.IsLanguage"/>), since it becomes part of a property key.
/// </summary>
public sealed record Neo4jLanguageNames(string Language, string? Preferred, ImmutableArray<string> Names);
