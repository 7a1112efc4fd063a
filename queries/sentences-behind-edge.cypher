// The sentences behind one edge: subject, relationship type and object by name (or alias).
WITH 'North Korea' AS subjectName, 'SUPPORTS' AS relation, 'Russia' AS objectName
MATCH (s:Entity)-[r]-(o:Entity)
WHERE type(r) = relation
  AND (s.name = subjectName OR subjectName IN s.aliases)
  AND (o.name = objectName OR objectName IN o.aliases)
MATCH (a:Article)-[:HAS_SENTENCE]->(sentence:Sentence)
WHERE sentence.id IN r.sentenceIds
RETURN s.name AS subject, type(r) AS relation, o.name AS object, a.title AS article,
  a.published AS published, a.url AS url, sentence.index AS sentenceIndex, sentence.text AS sentence
ORDER BY published, article, sentenceIndex;
