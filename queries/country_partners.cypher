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
// Group by the other end first: a hub country meets the same few hundred
// actors thousands of times, and each needs its country looked up once.
WITH c, y, collect(r) AS rels
OPTIONAL MATCH (y)-[:SERVES|PART_OF]->(yc:Country)
WITH c, y, rels, collect(yc) AS countries
// Officials and agencies of the country itself are its own side, not partners.
WHERE y <> c AND NOT c IN countries
UNWIND (CASE WHEN 'Country' IN labels(y) OR size(countries) = 0 THEN [y] ELSE countries END)
    AS partner
UNWIND rels AS r
RETURN partner.id AS id, partner.name AS name, count(DISTINCT r) AS interactions,
       collect(DISTINCT type(r)) AS types
ORDER BY interactions DESC, name
