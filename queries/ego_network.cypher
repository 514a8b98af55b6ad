// name: ego_network
// description: The relationships within `hops` steps of an entity, nearest first up to `limit`: interactions, SERVES, MEMBER_OF, PART_OF (articles left out).
// params: entity (any entity: name, alias or id), hops (1 to 3), limit (number: the most relationships returned)
// defaults: limit=1000

// A relationship lies within `hops` steps when one of its ends is at most
// hops - 1 steps away. The search goes ring by ring over distinct nodes, so a
// hub is crossed once instead of once per path through it; Neo4j takes no
// parameter as the bound of a variable-length pattern, and paths through hubs
// would explode anyway. Rings past the third are not searched. Each step keeps
// one row per distinct node rather than lists of nodes and relationships:
// grouping rows by a list of thousands of relationships costs seconds.
// Only actors have relationships other than MENTIONS: the labels are tested
// first, so the thousands of articles are passed over without reading their names.
MATCH (e)
WHERE (e:Country OR e:Official OR e:Agency)
  AND (e.id = $entity OR toLower(e.name) = toLower($entity)
       OR any(x IN e.aliases WHERE toLower(x) = toLower($entity)))
WITH DISTINCT e
// A null start (hops too small) makes the OPTIONAL MATCH find nothing without
// walking: a WHERE on $hops would be checked only after the walk.
WITH e, CASE WHEN $hops >= 2 THEN e END AS from1
OPTIONAL MATCH (from1)-[:MET|REQUESTED|AGREED|OFFERED|SERVES|MEMBER_OF|PART_OF]-(n1)
WITH e, collect(DISTINCT n1) AS ring1
UNWIND [e] + ring1 AS near1
// near1: the nodes at most one step away when hops >= 2, else the entity alone;
// d1 how far each is
WITH near1, min(CASE WHEN near1 = e THEN 0 ELSE 1 END) AS d1
WITH near1, d1, CASE WHEN $hops >= 3 THEN near1 END AS from2
OPTIONAL MATCH (from2)-[:MET|REQUESTED|AGREED|OFFERED|SERVES|MEMBER_OF|PART_OF]-(n2)
WITH near1, d1, collect(DISTINCT n2) AS ring2
UNWIND [near1] + ring2 AS near
WITH near, min(CASE WHEN near = near1 THEN d1 ELSE d1 + 1 END) AS d
// The relationships of the nearest nodes first, so that the walk stops at
// `limit` (a hub's two-hop network is half the graph) with the closest kept.
ORDER BY d, near.id
MATCH (near)-[r:MET|REQUESTED|AGREED|OFFERED|SERVES|MEMBER_OF|PART_OF]-()
WITH DISTINCT r
LIMIT $limit
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name, r.date AS date
ORDER BY source, type, target, coalesce(date, '')
