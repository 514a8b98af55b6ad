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
// Count by the other end and type: a hub country meets the same few hundred
// actors thousands of times, and each needs its country looked up once. An
// interaction is met twice only when both its ends are on the country's side,
// and those are dropped below, so counting rows counts interactions.
WITH c, y, type(r) AS type, count(*) AS n
WITH c, y, collect(type) AS types, toInteger(sum(n)) AS n
OPTIONAL MATCH (y)-[:SERVES|PART_OF]->(yc:Country)
WITH c, y, types, n, collect(yc) AS countries
// Officials and agencies of the country itself are its own side, not partners.
WHERE y <> c AND NOT c IN countries
UNWIND (CASE WHEN 'Country' IN labels(y) OR size(countries) = 0 THEN [y] ELSE countries END)
    AS partner
WITH partner, toInteger(sum(n)) AS interactions, collect(types) AS type_lists
RETURN partner.id AS id, partner.name AS name, interactions,
       reduce(acc = [], ts IN type_lists | acc + [t IN ts WHERE NOT t IN acc]) AS types
ORDER BY interactions DESC, name
