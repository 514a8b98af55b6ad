"""The write Cypher shared by both stores, and the writer that runs it in batches.

Every statement is `UNWIND $rows ...` over up to BATCH_SIZE rows, so a load
costs one round trip per batch, never one per row. Labels and relationship
types in the text come from graph/schema.py; every value is a parameter.
Writing the same rows again changes nothing: nodes MERGE on `id`, events on
`event_key`, aliases, topics and articles are unioned without duplicates,
and other properties keep their first value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import islice
from typing import Any

from ..loaders.model import Extraction
from .rows import EdgeGroup, GraphRows, RowsBuilder, to_rows
from .schema import (
    INTERACTION_KEY,
    NODE_LABELS,
    NODE_PROPERTIES,
    RELATIONSHIP_TYPES,
    STRUCTURAL_TYPES,
    checked_label,
    checked_relationship_type,
)
from .store import Store, Write

BATCH_SIZE = 2_000
# Articles per load batch: enough for each statement's UNWIND to pay off (a
# statement's round trip and its sync to disk cost the same for 10 rows or
# 2,000) and for the batch to hold most reports of the entities and events it
# names (each batch sends every node it names and every event it reports
# again: 5,000 articles a batch send a tenth fewer node rows than 2,000, and
# the server's work for the whole load was 10-20% less), few enough that a
# killed load loses at most one batch (which a rerun re-merges) and that memory
# holds little.
LOAD_BATCH = 5_000
# Articles of the first batch: the store has nothing to run until its rows are
# made, so it is small, and each batch after it twice the one before, up to
# `batch`: a batch's rows are made while the one before runs.
FIRST_LOAD_BATCH = 250
DELETE_BATCH_SIZE = 10_000


def node_statement(label: str) -> str:
    """MERGE nodes of one label on `id`; union aliases; keep the first value of each property.

    A new node gets every property in its ON CREATE SET, which is part of its
    creation: its indexes are written once, not again by a SET after it.
    """
    label = checked_label(label)
    properties = NODE_PROPERTIES[label]
    created = ", ".join(f"n.{p} = row.{p}" for p in properties)
    keep_first = ", ".join(f"n.{p} = coalesce(n.{p}, row.{p})" for p in properties)
    return (
        "UNWIND $rows AS row "
        f"MERGE (n:{label} {{id: row.id}}) "
        f"ON CREATE SET {created}, n.aliases = row.aliases "
        f"ON MATCH SET {keep_first}, "
        "n.aliases = n.aliases + [a IN row.aliases WHERE NOT a IN n.aliases]"
    )


def interaction_statement(group: EdgeGroup) -> str:
    """Create the relationship of each event that has none yet; into one already stored,
    union the articles (with their evidence, in parallel), topics and source count.

    The stored one is looked up by key alone, not MERGEd on the pattern: a MET
    or AGREED stored B->A must be found when reported A->B. A new relationship
    gets every property in its CREATE, so its indexes are written once; a
    stored one is written only when the row adds an article or a topic to it
    (articles already listed are not added again).
    """
    rel_type, source, target = _checked(group)
    return (
        "UNWIND $rows AS row "
        f"MATCH (a:{source} {{id: row.source}}) "
        f"MATCH (b:{target} {{id: row.target}}) "
        f"OPTIONAL MATCH ()-[old:{rel_type} {{{INTERACTION_KEY}: row.key}}]->() "
        "FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | "
        f"CREATE (a)-[:{rel_type} {{{INTERACTION_KEY}: row.key, articles: row.articles, "
        "evidence: row.evidence, topics: row.topics, sources: size(row.articles), "
        "date: row.date}]->(b)) "
        "WITH old, row WHERE old IS NOT NULL "
        "WITH old, row, "
        "[i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN old.articles] "
        "AS fresh, [t IN row.topics WHERE NOT t IN old.topics] AS topics "
        "WHERE size(fresh) > 0 OR size(topics) > 0 "
        "WITH old, old.articles + [i IN fresh | row.articles[i]] AS articles, "
        "old.evidence + [i IN fresh | row.evidence[i]] AS evidence, old.topics + topics AS topics "
        "SET old.articles = articles, old.evidence = evidence, old.topics = topics, "
        "old.sources = size(articles)"
    )


def structural_statement(group: EdgeGroup) -> str:
    """MERGE structural edges; the end node is found by the key its type names."""
    rel_type, source, target = _checked(group)
    target_key = next(t.target_key for t in STRUCTURAL_TYPES if t.name == rel_type)
    return (
        "UNWIND $rows AS row "
        f"MATCH (a:{source} {{id: row.source}}) "
        f"MATCH (b:{target} {{{target_key}: row.target}}) "
        f"MERGE (a)-[:{rel_type}]->(b)"
    )


def mentions_statement(group: EdgeGroup) -> str:
    """MERGE the MENTIONS edges of each article row to every entity of its `targets`."""
    rel_type, source, target = _checked(group)
    return (
        "UNWIND $rows AS row "
        f"MATCH (a:{source} {{id: row.source}}) "
        "UNWIND row.targets AS target "
        f"MATCH (b:{target} {{id: target}}) "
        f"MERGE (a)-[:{rel_type}]->(b)"
    )


def row_statements(rows: GraphRows) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(statement, rows) of each write these rows take, in order: nodes first (the
    edges find their ends), then interactions, structural edges and mentions,
    each statement over at most BATCH_SIZE rows."""
    for label, node_rows in rows.nodes.items():
        yield from _batches(node_statement(label), node_rows)
    for group, event_rows in rows.interactions.items():
        yield from _batches(interaction_statement(group), event_rows)
    for group, edge_rows in rows.structural.items():
        yield from _batches(structural_statement(group), edge_rows)
    for group, article_rows in rows.mentions.items():
        yield from _batches(mentions_statement(group), article_rows)


def write_rows(store: Store, rows: GraphRows) -> None:
    """Write these rows into the store (see `row_statements`)."""
    store.write_all((cypher, {"rows": batch}, None) for cypher, batch in row_statements(rows))


def write_extractions(
    store: Store,
    extractions: Iterable[Extraction],
    *,
    batch: int = LOAD_BATCH,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write what these extractions say into the store, `batch` articles at a time
    (the first batches fewer: see `batch_sizes`), each batch in the statements of
    `row_statements`; the number of articles written.

    The extractions are consumed as they come and the statements made as the
    store takes them: a store may take the next ones while its database runs
    those before (the embedded one does), so the next batch's rows are made
    while this one's statements run, and memory holds two batches of
    extractions and their rows however many there are. `progress` is told the
    size of each batch once it is stored.
    """
    written = 0

    def stored(size: int) -> None:
        nonlocal written
        written += size
        if progress is not None:
            progress(size)

    def writes() -> Iterator[Write]:
        remaining = iter(extractions)
        sizes = batch_sizes(batch)
        articles = list(islice(remaining, next(sizes)))
        rows = to_rows(articles)
        while articles:
            statements = list(row_statements(rows))  # never empty: every article is a node
            following = list(islice(remaining, next(sizes)))
            share = -(-len(following) // len(statements))
            builder = RowsBuilder()
            for number, (cypher, statement_rows) in enumerate(statements):
                done = partial(stored, len(articles)) if number == len(statements) - 1 else None
                yield cypher, {"rows": statement_rows}, done
                # The next batch's rows are made a share at a time between this
                # batch's statements, so the server always has some to run.
                for extraction in following[number * share : (number + 1) * share]:
                    builder.add(extraction)
            articles, rows = following, builder.rows()

    store.write_all(writes())
    return written


def batch_sizes(batch: int) -> Iterator[int]:
    """The number of articles of each load batch: FIRST_LOAD_BATCH (or `batch` when
    it is smaller), then twice the one before, up to `batch`."""
    size = max(1, min(FIRST_LOAD_BATCH, batch))
    while True:
        yield size
        size = min(2 * size, batch)


def count_graph(store: Store) -> dict[str, dict[str, int]]:
    """{"nodes": {label: count}, "relationships": {type: count}}, every schema name listed.

    One count per label and per type: both stores keep these counts, so the cost
    does not grow with the graph (a load of a few articles ends with it). Labels
    and types from outside the schema (written with `query --write`) are
    counted by reading the graph, as they can only be named from it."""
    nodes = {
        label: store.query(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
        for label in NODE_LABELS
    }
    relationships = {
        rel_type: store.query(f"MATCH ()-[r:{rel_type}]->() RETURN count(r) AS n")[0]["n"]
        for rel_type in RELATIONSHIP_TYPES
    }
    labels = store.query("CALL db.labels() YIELD label RETURN label")
    if any(row["label"] not in nodes for row in labels):
        for row in store.query("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"):
            nodes[row["label"]] = row["n"]
    types = store.query(
        "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type"
    )
    if any(row["type"] not in relationships for row in types):
        for row in store.query("MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n"):
            relationships[row["type"]] = row["n"]
    return {"nodes": nodes, "relationships": relationships}


def clear(store: Store) -> None:
    """Delete every node and relationship, a batch at a time so a large graph fits in memory."""
    while True:
        rows = store.query(
            "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted",
            {"limit": DELETE_BATCH_SIZE},
            write=True,
        )
        if not rows or rows[0]["deleted"] == 0:
            return


def _checked(group: EdgeGroup) -> EdgeGroup:
    rel_type, source, target = group
    return checked_relationship_type(rel_type), checked_label(source), checked_label(target)


def _batches(cypher: str, rows: list[dict[str, Any]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield cypher, rows[start : start + BATCH_SIZE]
