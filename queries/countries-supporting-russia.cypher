// Which countries support Russia, with evidence count and who says so. Change 'Russia' to ask about another country.
WITH 'Russia' AS target
MATCH (country:Country)-[s:SUPPORTS]->(t:Entity)
WHERE t.name = target OR target IN t.aliases
RETURN country.name AS country, s.evidenceCount AS evidence, s.confidence AS confidence,
  s.firstDate AS since, s.lastDate AS latest,
  COLLECT {
    MATCH (country)<-[:SUBJECT]-(ev:Evidence {type: 'SUPPORTS'})-[:OBJECT]->(t)
    WHERE ev.attribution IS NOT NULL
    RETURN DISTINCT ev.attribution
  }[..10] AS accordingTo
ORDER BY evidence DESC, country;
