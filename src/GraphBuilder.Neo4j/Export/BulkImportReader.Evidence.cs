using System.Collections.Immutable;
using GraphBuilder.Core.Ontology;
using GraphBuilder.Neo4j.Cypher;
using GraphBuilder.Neo4j.Model;

namespace GraphBuilder.Neo4j.Export;

/// <summary>Relations and their evidence: relations.csv joined with evidence.csv and its two link files.</summary>
public static partial class BulkImportReader
{
    private sealed record RelationLine(string Subject, Predicate Predicate, string Object, long EvidenceCount, int Line);

    private sealed record EvidenceLine(Neo4jEvidence Evidence, string Type);

    private static ImmutableArray<Neo4jRelation> Relations(string root, PredicateInventory predicates)
    {
        var relations = ReadFile(root, BulkImportLayout.Relations, BulkImportLayout.RelationHeader, (r, line) =>
            new RelationLine(Text(r, 0), PredicateOf(r[2], predicates), Text(r, 1), Long(r[3]), line));
        var sentences = ReadFile(root, BulkImportLayout.EvidenceSentences, BulkImportLayout.EvidenceSentenceHeader, r => Link(r, CypherIdentifier.FromSentence))
            .ToDictionary(l => l.Evidence, l => l.Target, StringComparer.Ordinal);
        var ends = ReadFile(root, BulkImportLayout.EvidenceEntities, BulkImportLayout.EvidenceEntityHeader, r => Link(r, CypherIdentifier.Subject, CypherIdentifier.Object))
            .ToLookup(l => l.Evidence, StringComparer.Ordinal);
        var evidencePath = Path.Combine(root, BulkImportLayout.Evidence);
        var evidence = ReadFile(root, BulkImportLayout.Evidence, BulkImportLayout.EvidenceHeader, r => new EvidenceLine(
            new Neo4jEvidence(Text(r, 0), sentences.GetValueOrDefault(Text(r, 0)) ?? throw new FormatException(
                $"evidence {Text(r, 0)} has no {CypherIdentifier.FromSentence} link in {BulkImportLayout.EvidenceSentences}"), Confidence(r[3]), Text(r, 4))
            {
                Date = Date(r[5]),
                Attribution = r[6].Value,
                Start = (int)Long(r[7]),
                End = (int)Long(r[8]),
            }, Text(r, 2)));
        var byRelation = evidence.ToLookup(e => (Subject: End(ends, e.Evidence.Id, CypherIdentifier.Subject), e.Type, Object: End(ends, e.Evidence.Id, CypherIdentifier.Object)));
        var relationsPath = Path.Combine(root, BulkImportLayout.Relations);
        var known = new HashSet<(string, string, string)>();
        var result = relations.Select(r =>
        {
            var key = (r.Subject, CypherIdentifier.RelationshipType(r.Predicate), r.Object);
            known.Add(key);
            var own = byRelation[key].Select(e => e.Evidence).OrderBy(e => e.Id, StringComparer.Ordinal).ToImmutableArray();
            if (own.Length != r.EvidenceCount)
                throw new InvalidDataException($"{relationsPath}:{r.Line}: evidenceCount is {r.EvidenceCount} but {BulkImportLayout.Evidence} holds {own.Length} pieces of evidence for it.");
            return new Neo4jRelation(r.Subject, r.Predicate, r.Object) { Evidence = own };
        }).ToImmutableArray();
        var orphan = byRelation.FirstOrDefault(g => !known.Contains(g.Key));
        if (orphan is not null)
            throw new InvalidDataException($"{evidencePath}: evidence {orphan.First().Evidence.Id} belongs to no relation in {BulkImportLayout.Relations}.");
        return result;
    }

    private static Predicate PredicateOf(CsvField type, PredicateInventory predicates) =>
        predicates.TryGetByRelationshipType(type.Text, out var predicate) ? predicate
            : throw new FormatException($"'{type.Text}' is not a relationship type of the ontology");

    private static (string Evidence, string Target, string Type) Link(IReadOnlyList<CsvField> r, params string[] types) =>
        types.Contains(Text(r, 2)) ? (Text(r, 0), Text(r, 1), Text(r, 2))
            : throw new FormatException($"relationship type must be {string.Join(" or ", types)}, got '{r[2].Text}'");

    private static string End(ILookup<string, (string Evidence, string Target, string Type)> ends, string evidence, string type) =>
        ends[evidence].Where(l => l.Type == type).Select(l => l.Target).SingleOrDefault()
            ?? throw new InvalidDataException($"{BulkImportLayout.EvidenceEntities}: evidence {evidence} needs exactly one {type} link.");
}
