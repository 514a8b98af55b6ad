// name: pair_timeline
// description: The timeline of two countries (their officials and agencies included): one row per date, oldest first, undated last.
// params: a (country: name, alias or id), b (country: name, alias or id)
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
// For the busiest pair (the two countries the 10k bench names most: 886 dates,
// 7,100 events) most of the time is the events themselves, their text made,
// sorted and sent. Not faster, measured: sorting on date then event, joining the
// names of each pair of ends once, grouping by ends before making the text; a
// pattern predicate for the far side instead of the look-up above was 4x slower.
WITH r.date AS date, r, type(r) + ': ' + startNode(r).name + ' -> ' + endNode(r).name AS event
ORDER BY type(r), event
RETURN date, count(r) AS interactions, collect(event) AS events
ORDER BY coalesce(date, '9999') ASC
