// name: ego_network
// description: The relationships within `hops` steps of an entity: interactions, SERVES, MEMBER_OF, PART_OF (articles left out).
// params: entity (any entity: name, alias or id), hops (1 to 3)

// A relationship lies within `hops` steps when one of its ends is at most
// hops - 1 steps away. The search goes ring by ring over distinct nodes, so a
// hub is crossed once instead of once per path through it; Neo4j takes no
// parameter as the bound of a variable-length pattern, and paths through hubs
// would explode anyway. Rings past the third are not searched.
MATCH (e)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(x IN e.aliases WHERE toLower(x) = toLower($entity))
WITH collect(DISTINCT e) AS ring0
UNWIND ring0 AS a1
OPTIONAL MATCH (a1)-[r1:MET|REQUESTED|AGREED|OFFERED|SERVES|MEMBER_OF|PART_OF]-(b1)
WITH ring0, collect(DISTINCT r1) AS rels1, collect(DISTINCT b1) AS near1
WITH ring0, rels1, [n IN near1 WHERE NOT n IN ring0] AS ring1
UNWIND (CASE WHEN $hops >= 2 AND size(ring1) > 0 THEN ring1 ELSE [null] END) AS a2
OPTIONAL MATCH (a2)-[r2:MET|REQUESTED|AGREED|OFFERED|SERVES|MEMBER_OF|PART_OF]-(b2)
WITH ring0, ring1, rels1, collect(DISTINCT r2) AS rels2, collect(DISTINCT b2) AS near2
WITH rels1, rels2, [n IN near2 WHERE NOT n IN ring1 AND NOT n IN ring0] AS ring2
UNWIND (CASE WHEN $hops >= 3 AND size(ring2) > 0 THEN ring2 ELSE [null] END) AS a3
OPTIONAL MATCH (a3)-[r3:MET|REQUESTED|AGREED|OFFERED|SERVES|MEMBER_OF|PART_OF]-(b3)
WITH rels1, rels2, collect(DISTINCT r3) AS rels3
UNWIND rels1 + rels2 + rels3 AS r
WITH DISTINCT r
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name, r.date AS date
ORDER BY source, type, target, coalesce(date, '')
