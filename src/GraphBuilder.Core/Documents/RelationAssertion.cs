using GraphBuilder.Core.Ontology;

namespace GraphBuilder.Core.Documents;

/// <summary>A typed relation between two resolved entities, with the evidence that states it.</summary>
public sealed record RelationAssertion(string SubjectId, Predicate Predicate, string ObjectId, Evidence Evidence);
