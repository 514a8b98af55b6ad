// name: agreements_on_topic
// description: Agreements on a topic, newest first (the `limit` newest).
// params: topic (topic: id such as border_security or topic:border_security, name or alias), limit (number: the most rows returned)
// defaults: limit=500
OPTIONAL MATCH (tp:Topic)
WHERE tp.id = $topic OR tp.id = 'topic:' + $topic OR toLower(tp.name) = toLower($topic)
   OR any(x IN tp.aliases WHERE toLower(x) = toLower($topic))
// Interactions hold bare topic ids (border_security); Topic nodes hold topic:border_security.
WITH collect(substring(tp.id, 6)) + [$topic] AS keys
// One key at a time: `key IN r.topics` is a look-up in the embedded store's index
// of topics, where a test of every agreement's list would read them all.
UNWIND keys AS key
MATCH (a)-[r:AGREED]->(b)
WHERE key IN r.topics
WITH DISTINCT r, a, b
ORDER BY coalesce(r.date, '') DESC, a.name, b.name
LIMIT $limit
RETURN a.id AS source, type(r) AS type, b.id AS target,
       a.name AS source_name, b.name AS target_name,
       r.date AS date, r.topics AS topics, r.sources AS sources, r.evidence AS evidence
ORDER BY coalesce(date, '') DESC, source_name, target_name
