"""The part of the stored graph a view names, read without the rest of the graph.

`read_subgraph(store, ...)` is `select(to_networkx(store), ...)`, but a view
with a center or a country reads from the store only that neighbourhood:
the ring-by-ring walk from the center, or the country's officials, agencies
and their interactions, then the nodes and relationships among them, then
the articles their evidence cites. The other filters run on that part. A
view without either reads the whole graph. Every value is a parameter; the
labels and types in the text come from graph/schema.py.

>>> view = read_subgraph(store, center="Imran Haider", hops=2, topic="trade")
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .network import (
    MENTIONS,
    _forms,
    _label_of,
    add_edge,
    add_node,
    label_from_id,
    select,
    to_networkx,
)
from .schema import NODE_LABELS, RELATIONSHIP_TYPES
from .store import Store

# The walk from a center and "touching a country" follow every link but MENTIONS.
WALKED = "|".join(t for t in RELATIONSHIP_TYPES if t != MENTIONS)
# The nodes a typed name may name, found by the database in lower case; the exact
# test (casefolded, as `find_node` makes it) is then made on these few.
NAMED_CYPHER = (
    "MATCH (n) WHERE toLower(n.id) = $lower OR toLower(n.id) ENDS WITH (':' + $lower) "
    "OR toLower(coalesce(n.name, n.title)) = $lower "
    "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $lower) "
    "RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.title AS title, "
    "n.aliases AS aliases"
)
MEMBER_COUNTRIES_CYPHER = (
    "MATCH (m) WHERE m:Official OR m:Agency RETURN DISTINCT m.country AS country"
)
MEMBERS_CYPHER = (
    "MATCH (m) WHERE (m:Official OR m:Agency) AND m.country IN $names "
    "RETURN m.id AS id, labels(m) AS labels"
)
EDGE_COLUMNS = "RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS props"


@dataclass(frozen=True)
class Named:
    """A node a user named: its id, label and every form they may type for it."""

    id: str
    label: str
    forms: frozenset[str]


def read_subgraph(
    store: Store,
    *,
    center: str | None = None,
    hops: int = 1,
    country: str | None = None,
    types: Iterable[str] | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> nx.MultiDiGraph:
    """The view `select` gives of the stored graph (see its filters), reading only the
    neighbourhood of the center or the country when one is given."""
    filters: dict[str, Any] = {"types": types, "topic": topic, "since": since, "until": until}
    if center is None and country is None:
        return select(to_networkx(store), hops=hops, **filters)
    labels: dict[str, str] = {}
    if center is not None:
        found = find_named(store, center)
        if found is None:
            raise ValueError(
                f"no entity named {center!r} in the graph (try its id, e.g. country:BGD)"
            )
        labels[found.id] = found.label
        center = found.id
        part = _read_part(store, labels, _walk(store, labels, center, hops), outgoing_only=True)
    else:
        found = find_named(store, country)
        if found is None or found.label != "Country":
            raise ValueError(
                f"no country named {country!r} in the graph (try its id, e.g. country:BGD)"
            )
        labels[found.id] = found.label
        country = found.id
        members = {country, *_members(store, labels, found.forms)}
        part = _read_part(store, labels, members, outgoing_only=False)
    part.graph["articles"] = _cited(store, labels, part)
    return select(part, center=center, hops=hops, country=country, **filters)


def find_named(store: Store, typed: str) -> Named | None:
    """The node whose id, name or alias is `typed` (any case), as `find_node` finds it
    in the whole graph (the first in the store's order); None if there is none."""
    wanted = typed.strip().casefold()
    for row in store.query(NAMED_CYPHER, {"lower": typed.strip().lower()}):
        label = _label_of(row["labels"], row["id"])
        name = row["name"] or (row["title"] if label == "Article" else None) or row["id"]
        forms = _forms(row["id"], {"name": name, "aliases": row["aliases"]})
        if wanted in forms:
            return Named(row["id"], label, frozenset(forms))
    return None


def _members(store: Store, labels: dict[str, str], forms: frozenset[str]) -> set[str]:
    """Officials and agencies of the country with these forms (their `country` in any case)."""
    spellings = [
        row["country"]
        for row in store.query(MEMBER_COUNTRIES_CYPHER)
        if row["country"] is not None and str(row["country"]).casefold() in forms
    ]
    if not spellings:
        return set()
    rows = store.query(MEMBERS_CYPHER, {"names": spellings})
    labels.update((row["id"], _label_of(row["labels"], row["id"])) for row in rows)
    return {row["id"] for row in rows}


def _walk(store: Store, labels: dict[str, str], center: str, hops: int) -> set[str]:
    """The ids within `hops` steps of the center, one query per ring."""
    reached, ring = {center}, {center}
    for _ in range(hops):
        found: set[str] = set()
        for label, ids in _by_label(labels, ring).items():
            rows = store.query(
                f"UNWIND $ids AS id MATCH (a{label} {{id: id}})-[:{WALKED}]-(b) "
                "RETURN DISTINCT b.id AS id, labels(b) AS labels",
                {"ids": ids},
            )
            labels.update((row["id"], _label_of(row["labels"], row["id"])) for row in rows)
            found.update(row["id"] for row in rows)
        ring = found - reached
        if not ring:
            break
        reached |= ring
    return reached


def _read_part(
    store: Store, labels: dict[str, str], nodes: set[str], *, outgoing_only: bool
) -> nx.MultiDiGraph:
    """The nodes and their relationships: with `outgoing_only`, those among the nodes
    (the induced subgraph); else every walked link touching one of them, and its ends."""
    edges: list[dict[str, Any]] = []
    every = sorted(nodes)
    for label, ids in _by_label(labels, nodes).items():
        if outgoing_only:
            edges += store.query(
                f"UNWIND $ids AS id MATCH (a{label} {{id: id}})-[r]->(b) WHERE b.id IN $all "
                + EDGE_COLUMNS,
                {"ids": ids, "all": every},
            )
            continue
        edges += store.query(
            f"UNWIND $ids AS id MATCH (a{label} {{id: id}})-[r:{WALKED}]->(b) " + EDGE_COLUMNS,
            {"ids": ids},
        )
        rows = store.query(
            f"UNWIND $ids AS id MATCH (a)-[r:{WALKED}]->(b{label} {{id: id}}) " + EDGE_COLUMNS,
            {"ids": ids},
        )
        # A link between two of the nodes came with the outgoing ones already.
        edges += [row for row in rows if row["source"] not in nodes]
    G = nx.MultiDiGraph()
    ends = nodes | {row["source"] for row in edges} | {row["target"] for row in edges}
    for row in _read_nodes(store, labels, ends):
        add_node(G, row["id"], _label_of(row["labels"], row["id"]), row["props"] or {})
    for row in edges:
        add_edge(G, row["source"], row["target"], row["type"], row["props"] or {})
    return G


def _cited(store: Store, labels: dict[str, str], G: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """The attributes of the articles G's interactions cite that G does not hold."""
    cited = {a for _, _, articles in G.edges(data="articles") for a in articles or []} - set(G)
    articles = nx.MultiDiGraph()
    for row in _read_nodes(store, labels, cited):
        add_node(articles, row["id"], _label_of(row["labels"], row["id"]), row["props"] or {})
    return {a: dict(articles.nodes[a]) for a in articles}


def _read_nodes(store: Store, labels: dict[str, str], ids: set[str]) -> list[dict[str, Any]]:
    """The stored nodes of these ids (those not stored are left out)."""
    columns = "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
    rows = []
    for label, group in _by_label(labels, ids).items():
        rows += store.query(
            f"UNWIND $ids AS id MATCH (n{label} {{id: id}}) " + columns, {"ids": group}
        )
    # An id whose prefix does not name its label is looked up without one.
    missing = sorted(ids - {row["id"] for row in rows})
    if missing:
        rows += store.query("MATCH (n) WHERE n.id IN $ids " + columns, {"ids": missing})
    return rows


def _by_label(labels: dict[str, str], ids: Iterable[str]) -> dict[str, list[str]]:
    """Ids grouped by their node's label (known, else the one their prefix names), as
    `:Label` for the query text, so the lookup uses that label's index on id."""
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for node in ids:
        label = labels.get(node) or label_from_id(node)
        groups[f":{label}" if label in NODE_LABELS else ""].append(node)
    return {label: sorted(group) for label, group in groups.items()}
