// The entity graph for Neo4j Browser's graph view (apply neo4j/graphbuilder.grass for colours and captions).
// Relationships between entities only: evidence, sentences and articles stay out of the picture.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a, r, b
LIMIT 500;
