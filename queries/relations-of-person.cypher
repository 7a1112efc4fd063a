// All relations of one person, in both directions, with evidence. Edit the name (or an alias).
WITH 'Kim Jong Un' AS name
MATCH (p:Person)
WHERE p.name = name OR name IN p.aliases
MATCH (p)-[r]-(other:Entity)
RETURN p.name AS person, type(r) AS relation,
  CASE WHEN startNode(r) = p THEN 'outgoing' ELSE 'incoming' END AS direction,
  other.name AS other, [l IN labels(other) WHERE l <> 'Entity'][0] AS class,
  r.evidenceCount AS evidence, r.firstDate AS first, r.lastDate AS last
ORDER BY evidence DESC, relation, other;
