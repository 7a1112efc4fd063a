// The evidence graph of one edge for the graph view: the two entities, their evidence nodes and sentences.
WITH 'North Korea' AS subjectName, 'SUPPORTS' AS relation, 'Russia' AS objectName
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) = relation
  AND (s.name = subjectName OR subjectName IN s.aliases)
  AND (o.name = objectName OR objectName IN o.aliases)
MATCH p = (s)<-[:SUBJECT]-(ev:Evidence {type: relation})-[:OBJECT]->(o)
MATCH q = (ev)-[:FROM_SENTENCE]->(:Sentence)
RETURN r, p, q
LIMIT 50;
