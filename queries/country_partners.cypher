// name: country_partners
// description: A country's partners ranked by the number of interactions with it (officials and agencies counted for their country; international bodies stand for themselves).
// params: country (country: name, alias or id)
MATCH (c:Country)
WHERE c.id = $country OR toLower(c.name) = toLower($country)
   OR any(x IN c.aliases WHERE toLower(x) = toLower($country))
OPTIONAL MATCH (m)-[:SERVES|PART_OF]->(c)
WITH c, collect(DISTINCT m) + [c] AS side
UNWIND side AS x
MATCH (x)-[r:MET|REQUESTED|AGREED|OFFERED]-(y)
WHERE NOT y IN side
OPTIONAL MATCH (y)-[:SERVES|PART_OF]->(yc:Country)
WITH c, r, CASE WHEN 'Country' IN labels(y) THEN y ELSE coalesce(yc, y) END AS partner
WHERE partner <> c
RETURN partner.id AS id, partner.name AS name, count(DISTINCT r) AS interactions,
       collect(DISTINCT type(r)) AS types
ORDER BY interactions DESC, name
