// Entities by an Indonesian name: the preferred one (name_id) or any other (names_id), with the English name.
// Edit the name; for another language use name_xx / names_xx (e.g. name_en).
WITH 'Korea Utara' AS name
MATCH (e:Entity)
WHERE e.name_id = name OR name IN coalesce(e.names_id, [])
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS class, e.name AS canonical,
  e.name_id AS indonesian, e.name_en AS english, coalesce(e.names_id, []) AS indonesianNames
ORDER BY id;
