// Who met whom, and when: every MEETS relationship (stored once per pair) with its dates and evidence.
MATCH (a:Entity)-[m:MEETS]->(b:Entity)
RETURN a.name AS one, b.name AS other, m.firstDate AS firstMet, m.lastDate AS lastMet,
  m.evidenceCount AS evidence, m.confidence AS confidence, m.articleIds AS articles
ORDER BY lastMet DESC, evidence DESC, one, other;
