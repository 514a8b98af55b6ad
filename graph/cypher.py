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
from itertools import islice
from typing import Any

from ..loaders.model import Extraction
from .rows import EdgeGroup, GraphRows, to_rows
from .schema import (
    INTERACTION_KEY,
    NODE_LABELS,
    NODE_PROPERTIES,
    RELATIONSHIP_TYPES,
    STRUCTURAL_TYPES,
    checked_label,
    checked_relationship_type,
)
from .store import Store

BATCH_SIZE = 2_000
# Articles per load batch: enough for each statement's UNWIND to pay off (a
# statement's round trip and its sync to disk cost the same for 10 rows or
# 2,000), few enough that a killed load loses at most one batch (which a rerun
# re-merges) and that memory holds little.
LOAD_BATCH = 2_000
DELETE_BATCH_SIZE = 10_000


def node_statement(label: str) -> str:
    """MERGE nodes of one label on `id`; union aliases; keep the first value of each property."""
    label = checked_label(label)
    keep_first = ", ".join(f"n.{p} = coalesce(n.{p}, row.{p})" for p in NODE_PROPERTIES[label])
    return (
        "UNWIND $rows AS row "
        f"MERGE (n:{label} {{id: row.id}}) "
        "ON CREATE SET n.aliases = [] "
        f"SET {keep_first}, "
        "n.aliases = n.aliases + [a IN row.aliases WHERE NOT a IN n.aliases]"
    )


def new_interaction_statement(group: EdgeGroup) -> str:
    """Create the relationship of each event that has none yet, and return the keys
    created; the others go through `interaction_statement`.

    Not a MERGE on the pattern: a MET or AGREED already stored B->A must be
    found when reported A->B, so the existing one is looked up by key alone.
    """
    rel_type, source, target = _checked(group)
    return (
        "UNWIND $rows AS row "
        f"MATCH (a:{source} {{id: row.source}}) "
        f"MATCH (b:{target} {{id: row.target}}) "
        f"OPTIONAL MATCH ()-[old:{rel_type} {{{INTERACTION_KEY}: row.key}}]->() "
        "WITH a, b, row, old WHERE old IS NULL "
        # Every property in the CREATE: the indexes of the new relationship are
        # written once, not again for each property a SET adds.
        f"CREATE (a)-[r:{rel_type} {{{INTERACTION_KEY}: row.key, articles: row.articles, "
        "evidence: row.evidence, topics: row.topics, sources: size(row.articles), "
        "date: row.date}]->(b) "
        "RETURN row.key AS key"
    )


def interaction_statement(rel_type: str) -> str:
    """Union each event's articles (with their evidence, in parallel), topics and
    source count into its already stored relationship, found by event_key;
    articles already listed are not added again."""
    rel_type = checked_relationship_type(rel_type)
    return (
        "UNWIND $rows AS row "
        f"MATCH ()-[r:{rel_type} {{{INTERACTION_KEY}: row.key}}]->() "
        "WITH r, row, "
        "[i IN range(0, size(row.articles) - 1) WHERE NOT row.articles[i] IN r.articles] AS fresh "
        "WITH r, r.articles + [i IN fresh | row.articles[i]] AS articles, "
        "r.evidence + [i IN fresh | row.evidence[i]] AS evidence, "
        "r.topics + [t IN row.topics WHERE NOT t IN r.topics] AS topics "
        "SET r.articles = articles, r.evidence = evidence, r.topics = topics, "
        "r.sources = size(articles)"
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


def write_rows(store: Store, rows: GraphRows) -> None:
    """Write nodes, then interactions, then structural edges, in batches."""
    for label, node_rows in rows.nodes.items():
        _run_batches(store, node_statement(label), node_rows)
    stored: dict[str, list[dict[str, Any]]] = {}
    for group, event_rows in rows.interactions.items():
        created = {
            r["key"] for r in _run_batches(store, new_interaction_statement(group), event_rows)
        }
        stored.setdefault(group[0], []).extend(r for r in event_rows if r["key"] not in created)
    for rel_type, event_rows in stored.items():
        _run_batches(store, interaction_statement(rel_type), event_rows)
    for group, edge_rows in rows.structural.items():
        _run_batches(store, structural_statement(group), edge_rows)


def write_extractions(
    store: Store,
    extractions: Iterable[Extraction],
    *,
    batch: int = LOAD_BATCH,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write what these extractions say into the store, `batch` articles at a time
    (see `write_rows`); the number of articles written.

    The extractions are consumed as they come, so memory holds one batch of
    them and its rows however many there are. `progress` is told the size of
    each batch once it is stored.
    """
    written = 0
    remaining = iter(extractions)
    while articles := list(islice(remaining, batch)):
        write_rows(store, to_rows(articles))
        written += len(articles)
        if progress is not None:
            progress(len(articles))
    return written


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


def _run_batches(store: Store, cypher: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Run the statement over the rows a batch at a time; the rows it returns."""
    out: list[dict[str, Any]] = []
    for batch in _batches(rows):
        out.extend(store.query(cypher, {"rows": batch}, write=True))
    return out


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start : start + BATCH_SIZE]
