// Shortest path between two people through entities only (not through sentences). Edit both names.
WITH 'Kim Jong Un' AS fromName, 'Sergei Lavrov' AS toName
MATCH (a:Person)
WHERE a.name = fromName OR fromName IN a.aliases
MATCH (b:Person)
WHERE (b.name = toName OR toName IN b.aliases) AND b <> a
MATCH p = shortestPath((a)-[*..8]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
RETURN p, length(p) AS hops;
