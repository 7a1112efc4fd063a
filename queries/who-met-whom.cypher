// Who met whom, and when: every MEETS relationship (stored once per pair) with its dates, evidence and articles.
MATCH (a:Entity)-[m:MEETS]->(b:Entity)
RETURN a.name AS one, b.name AS other, m.firstDate AS firstMet, m.lastDate AS lastMet,
  m.evidenceCount AS evidence, m.confidence AS confidence,
  COLLECT {
    MATCH (a)<-[:SUBJECT]-(ev:Evidence {type: 'MEETS'})-[:OBJECT]->(b)
    MATCH (ev)-[:FROM_SENTENCE]->(:Sentence)<-[:HAS_SENTENCE]-(article:Article)
    RETURN DISTINCT article.title
  }[..5] AS articles
ORDER BY lastMet DESC, evidence DESC, one, other;
