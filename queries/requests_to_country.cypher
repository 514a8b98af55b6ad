// name: requests_to_country
// description: What was requested of a country, its officials or its agencies, and by whom, newest first.
// params: country (country: name, alias or id)
MATCH (c:Country)
WHERE c.id = $country OR toLower(c.name) = toLower($country)
   OR any(x IN c.aliases WHERE toLower(x) = toLower($country))
OPTIONAL MATCH (m)-[:SERVES|PART_OF]->(c)
WITH c, collect(DISTINCT m) + [c] AS side
UNWIND side AS t
MATCH (s)-[r:REQUESTED]->(t)
WITH DISTINCT r
RETURN startNode(r).id AS source, type(r) AS type, endNode(r).id AS target,
       startNode(r).name AS source_name, endNode(r).name AS target_name,
       r.date AS date, r.topics AS topics, r.sources AS sources, r.evidence AS evidence
ORDER BY coalesce(r.date, '') DESC, source_name, target_name
