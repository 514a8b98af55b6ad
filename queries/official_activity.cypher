// name: official_activity
// description: Everything one official did or had done to them (the `limit` newest), by date (undated last).
// params: official (official: name, alias or id), limit (number: the most rows returned)
// defaults: limit=500
MATCH (o:Official)
WHERE o.id = $official OR toLower(o.name) = toLower($official)
   OR any(x IN o.aliases WHERE toLower(x) = toLower($official))
MATCH (o)-[r:MET|REQUESTED|AGREED|OFFERED]-(other)
WITH DISTINCT r
// Keep the newest on the keys alone, then read the rows kept and put them in date order.
WITH r, startNode(r) AS s, endNode(r) AS t
ORDER BY coalesce(r.date, '') DESC, type(r), s.name, t.name
LIMIT $limit
RETURN s.id AS source, type(r) AS type, t.id AS target, s.name AS source_name,
       t.name AS target_name, r.date AS date, r.topics AS topics, r.sources AS sources,
       r.evidence AS evidence
ORDER BY coalesce(date, '9999') ASC, type, source_name, target_name
