// name: official_activity
// description: Everything one official did or had done to them, by date (undated last).
// params: official (official: name, alias or id)
MATCH (o:Official)
WHERE o.id = $official OR toLower(o.name) = toLower($official)
   OR any(x IN o.aliases WHERE toLower(x) = toLower($official))
MATCH (o)-[r:MET|REQUESTED|AGREED|OFFERED]-(other)
WITH DISTINCT r
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name,
       r.date AS date, r.topics AS topics, r.sources AS sources, r.evidence AS evidence
ORDER BY coalesce(r.date, '9999') ASC, type, source_name, target_name
