// The most connected entities: distinct neighbours over typed relations, then total evidence.
MATCH (e:Entity)-[r]-(other:Entity)
RETURN e.name AS entity, [l IN labels(e) WHERE l <> 'Entity'][0] AS class,
  count(DISTINCT other) AS neighbours, count(r) AS relations, sum(r.evidenceCount) AS evidence
ORDER BY neighbours DESC, evidence DESC, entity
LIMIT 25;
