using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Extraction.Relations;

/// <summary>
/// A stretch of tokens that fills an argument slot: one resolved mention, a pair from "kedua negara",
/// or a whole title construction ("Menteri Luar Negeri Rusia, Sergei Lavrov,") standing for its person.
/// </summary>
public sealed record ArgumentUnit(int First, int End, IReadOnlyList<(string Id, EntityType Type)> Entities, double Confidence);
