// name: between_countries
// description: Every interaction between two countries, their officials and agencies included, newest first (the `limit` newest).
// params: a (country: name, alias or id), b (country: name, alias or id), limit (number: the most rows returned)
// defaults: limit=500
MATCH (ca:Country)
WHERE ca.id = $a OR toLower(ca.name) = toLower($a) OR any(x IN ca.aliases WHERE toLower(x) = toLower($a))
OPTIONAL MATCH (ma)-[:SERVES|PART_OF]->(ca)
WITH ca, collect(DISTINCT ma) + [ca] AS side_a
MATCH (cb:Country)
WHERE cb.id = $b OR toLower(cb.name) = toLower($b) OR any(x IN cb.aliases WHERE toLower(x) = toLower($b))
OPTIONAL MATCH (mb)-[:SERVES|PART_OF]->(cb)
WITH ca, side_a, cb, collect(DISTINCT mb) + [cb] AS side_b
// Walk out from the side with fewer members (a hub country has hundreds) and
// tell whether the other end is on the other side by its own country: one
// look-up per distinct actor met, not a list search per interaction.
WITH CASE WHEN size(side_a) <= size(side_b) THEN side_a ELSE side_b END AS near,
     CASE WHEN size(side_a) <= size(side_b) THEN cb ELSE ca END AS far
UNWIND near AS x
MATCH (x)-[r:MET|REQUESTED|AGREED|OFFERED]-(y)
WITH far, y, collect(r) AS rels
OPTIONAL MATCH (y)-[:SERVES|PART_OF]->(yc:Country)
WITH far, y, rels, collect(yc) AS countries
WHERE y = far OR far IN countries
UNWIND rels AS r
WITH DISTINCT r
// Sort and cut on the keys alone: the topics and evidence of the rows kept only.
WITH r, startNode(r) AS s, endNode(r) AS t
ORDER BY coalesce(r.date, '') DESC, type(r), s.name, t.name
LIMIT $limit
RETURN s.id AS source, type(r) AS type, t.id AS target, s.name AS source_name,
       t.name AS target_name, r.date AS date, r.topics AS topics, r.sources AS sources,
       r.evidence AS evidence
ORDER BY coalesce(date, '') DESC, type, source_name, target_name
