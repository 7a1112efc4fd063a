// The sentences behind one edge: subject, relationship type and object by name (or alias).
// Evidence nodes hold the link: (:Evidence)-[:SUBJECT]->(subject), -[:OBJECT]->(object), -[:FROM_SENTENCE]->(:Sentence).
WITH 'North Korea' AS subjectName, 'SUPPORTS' AS relation, 'Russia' AS objectName
MATCH (s:Entity)<-[:SUBJECT]-(ev:Evidence)-[:OBJECT]->(o:Entity)
WHERE ev.type = relation
  AND (s.name = subjectName OR subjectName IN s.aliases)
  AND (o.name = objectName OR objectName IN o.aliases)
MATCH (ev)-[:FROM_SENTENCE]->(sentence:Sentence)<-[:HAS_SENTENCE]-(a:Article)
RETURN s.name AS subject, ev.type AS relation, o.name AS object, a.title AS article,
  a.published AS published, a.url AS url, sentence.index AS sentenceIndex, sentence.text AS sentence,
  ev.confidence AS confidence, ev.attribution AS accordingTo
ORDER BY published, article, sentenceIndex
LIMIT 200;
