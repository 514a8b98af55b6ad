// name: requests_to_country
// description: What was requested of a country, its officials or its agencies, and by whom, newest first (the `limit` newest).
// params: country (country: name, alias or id), limit (number: the most rows returned)
// defaults: limit=500
MATCH (c:Country)
WHERE c.id = $country OR toLower(c.name) = toLower($country)
   OR any(x IN c.aliases WHERE toLower(x) = toLower($country))
OPTIONAL MATCH (m)-[:SERVES|PART_OF]->(c)
WITH c, collect(DISTINCT m) + [c] AS side
UNWIND side AS t
MATCH (s)-[r:REQUESTED]->(t)
WITH DISTINCT r, s, t
// Sort and cut on the keys alone: the topics and evidence of the rows kept only.
ORDER BY coalesce(r.date, '') DESC, s.name, t.name
LIMIT $limit
RETURN s.id AS source, type(r) AS type, t.id AS target, s.name AS source_name,
       t.name AS target_name, r.date AS date, r.topics AS topics, r.sources AS sources,
       r.evidence AS evidence
ORDER BY coalesce(date, '') DESC, source_name, target_name
