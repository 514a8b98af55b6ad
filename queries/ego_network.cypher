// name: ego_network
// description: The relationships within `hops` steps of an entity: interactions, SERVES, MEMBER_OF, PART_OF (articles left out).
// params: entity (any entity: name, alias or id), hops (1 to 3)

// Neo4j does not take a parameter as the bound of a variable-length pattern:
// paths are bounded at 3 here and kept when length(p) <= $hops.
MATCH (e)
WHERE e.id = $entity OR toLower(e.name) = toLower($entity)
   OR any(x IN e.aliases WHERE toLower(x) = toLower($entity))
MATCH p = (e)-[:MET|REQUESTED|AGREED|OFFERED|SERVES|MEMBER_OF|PART_OF*1..3]-(n)
WHERE length(p) <= $hops
UNWIND relationships(p) AS r
WITH DISTINCT r
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name, r.date AS date
ORDER BY source, type, target, coalesce(date, '')
