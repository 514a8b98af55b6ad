"""The graph as networkx: read from a store, built from query rows, and narrowed to a view.

The form is fixed in docs/CONTRACTS.md: a `nx.MultiDiGraph` keyed by entity
id, node attributes `label`, `name`, `aliases`, `title`, `country` (articles
also `date`, `language`, `source`, `path`, `url`), edge key the relationship
type and edge attributes `type` and, for interactions, `topics`, `date`,
`articles`, `evidence`, `sources`.

One pair of nodes can hold two relationships of the same type (the same two
sides met on two dates): the first keeps the type as its key, the next ones
get `MET#2`, `MET#3`...; `type` always holds the plain type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import networkx as nx

from .schema import ID_PREFIX_LABELS, INTERACTION_TYPES, NODE_LABELS
from .store import Store

# Articles connect everything they mention, so walking through them would reach the
# whole graph in two steps: hops and "touching a country" follow the other edges only.
MENTIONS = "MENTIONS"

NODES_CYPHER = "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
EDGES_CYPHER = (
    "MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, "
    "properties(r) AS props"
)


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """The whole stored graph as a MultiDiGraph in the contract's form.

    Works on any `Store` (FalkorDB or Neo4j): both queries return scalar
    columns and property maps only.
    """
    G = nx.MultiDiGraph()
    for row in store.query(NODES_CYPHER):
        add_node(G, row["id"], _label_of(row["labels"], row["id"]), row["props"] or {})
    for row in store.query(EDGES_CYPHER):
        add_edge(G, row["source"], row["target"], row["type"], row["props"] or {})
    return G


def add_node(G: nx.MultiDiGraph, node_id: str, label: str, props: Mapping[str, Any]) -> None:
    """Add (or complete) one node with the contract's attributes filled in."""
    attrs = {k: v for k, v in props.items() if not k.startswith("_") and k != "id"}
    attrs["label"] = label
    attrs["aliases"] = list(attrs.get("aliases") or [])
    attrs.setdefault("name", attrs.get("title") if label == "Article" else None)
    attrs["name"] = attrs["name"] or node_id
    attrs.setdefault("title", None)
    attrs.setdefault("country", None)
    G.add_node(node_id, **attrs)


def add_edge(
    G: nx.MultiDiGraph, source: str, target: str, rel_type: str, props: Mapping[str, Any]
) -> str:
    """Add one relationship; returns the key it got (the type, or `TYPE#n` for a repeat)."""
    attrs = {k: v for k, v in props.items() if not k.startswith("_")}
    attrs["type"] = rel_type
    if rel_type in INTERACTION_TYPES:
        attrs["topics"] = list(attrs.get("topics") or [])
        attrs["articles"] = list(attrs.get("articles") or [])
        evidence = attrs.get("evidence") or []
        attrs["evidence"] = [evidence] if isinstance(evidence, str) else list(evidence)
        attrs.setdefault("date", None)
        attrs["sources"] = attrs.get("sources") or len(attrs["articles"])
    for node in (source, target):
        if node not in G:
            add_node(G, node, label_from_id(node), {})
    key, n = rel_type, 1
    while G.has_edge(source, target, key):
        n += 1
        key = f"{rel_type}#{n}"
    G.add_edge(source, target, key=key, **attrs)
    return key


def label_from_id(node_id: str) -> str:
    """The node label an id's prefix names (`country:BGD` -> Country); "Entity" if none."""
    # Ids carry their label as a prefix (docs/CONTRACTS.md), which places a bare id column.
    return ID_PREFIX_LABELS.get(str(node_id).split(":", 1)[0].lower(), "Entity")


def _label_of(labels: Iterable[str] | str, node_id: str) -> str:
    labels = [labels] if isinstance(labels, str) else list(labels or [])
    known = [label for label in NODE_LABELS if label in labels]
    if known:
        return known[0]
    return labels[0] if labels else label_from_id(node_id)


def from_query_rows(
    rows: Iterable[Mapping[str, Any]], base: nx.MultiDiGraph | None = None
) -> nx.MultiDiGraph:
    """A graph from the rows of a Cypher query (`render --cypher`, `export --cypher`).

    Column values are read as the stores return them:
    - a node (a dict with `_labels`) becomes a node, keyed by its `id`;
    - a relationship (a dict with `_type`) becomes an edge between the ids
      of its ends, `_start` and `_end` (both stores give them); should they
      be missing, between the row's two nodes in column order (`RETURN a, r, b`)
      or, in a path, between the nodes it joins;
    - a path (a dict of `nodes` and `relationships`) brings its nodes and
      relationships;
    - a list (`collect(...)`) is read item by item;
    - a string that is an id of `base` (the whole graph) brings that node
      with its attributes; other scalars are ignored.
    A row with `source`, `target` and `type` columns holding ids and a
    relationship type is an edge, with the row's other columns as its
    attributes; its endpoints come from `base` when given, else they are
    labelled by their id prefix.
    Relationships between nodes of the result are not added unless the
    query returns them.

    >>> G = from_query_rows(store.query("MATCH (a:Country)-[r:MET]->(b) RETURN a, r, b"))
    """
    G = nx.MultiDiGraph()

    def add_id(node_id: str) -> None:
        if node_id in G:
            return
        if base is not None and node_id in base:
            G.add_node(node_id, **base.nodes[node_id])
        else:
            add_node(G, node_id, label_from_id(node_id), {})

    def add_relationship(rel: Mapping[str, Any], source: Any, target: Any) -> None:
        source = rel.get("_start") or source
        target = rel.get("_end") or target
        if source is not None and target is not None:
            add_id(source)
            add_id(target)
            add_edge(G, source, target, rel["_type"], rel)

    def read(value: Any, nodes: list[str], rels: list[Mapping[str, Any]]) -> None:
        if isinstance(value, Mapping) and "_labels" in value:
            if value.get("id") is not None:
                add_node(G, value["id"], _label_of(value["_labels"], value["id"]), value)
                nodes.append(value["id"])
        elif isinstance(value, Mapping) and "_type" in value:
            rels.append(value)
        elif isinstance(value, Mapping) and set(value) == {"nodes", "relationships"}:
            path_nodes: list[str] = []
            for node in value["nodes"]:
                read(node, path_nodes, [])
            for i, rel in enumerate(value["relationships"]):
                ends = path_nodes[i : i + 2]
                add_relationship(rel, *(ends if len(ends) == 2 else (None, None)))
        elif isinstance(value, list | tuple):
            for item in value:
                read(item, nodes, rels)
        elif isinstance(value, str) and base is not None and value in base:
            add_id(value)

    for row in rows:
        if _is_edge_row(row):
            add_id(row["source"])
            add_id(row["target"])
            props = {k: v for k, v in row.items() if k not in ("source", "target", "type")}
            add_edge(G, row["source"], row["target"], row["type"], props)
            continue
        nodes: list[str] = []
        rels: list[Mapping[str, Any]] = []
        for value in row.values():
            read(value, nodes, rels)
        ends = nodes if len(nodes) == 2 else [None, None]
        for rel in rels:
            add_relationship(rel, *ends)
    return G


def _is_edge_row(row: Mapping[str, Any]) -> bool:
    return all(isinstance(row.get(k), str) for k in ("source", "target", "type"))


def select(
    G: nx.MultiDiGraph,
    *,
    center: str | None = None,
    hops: int = 1,
    country: str | None = None,
    types: Iterable[str] | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> nx.MultiDiGraph:
    """A view of G narrowed by every filter given (a new graph; G is not changed).

    - `center`: the entity (id, name or alias, any case) and everything within
      `hops` steps of it, over interactions and structural links.
    - `country`: the country, its officials and agencies, their interactions
      and the partners of those interactions.
    - `topic`: only interactions on that topic (id with or without `topic:`,
      or the topic's name), and the actors they join.
    - `since` / `until`: only interactions dated in that range (ISO dates,
      inclusive); undated interactions drop out when a range is given.
    - `types`: only nodes with these labels (`Country`, `Official`...).
    An unknown center, country or topic raises ValueError naming it.
    The articles cited by the view's interactions but not in it are kept,
    attributes and all, in `view.graph["articles"]` (the page shows them
    with each evidence sentence).

    >>> view = select(G, country="Bangladesh", topic="border_security", since="2025-01-01")
    """
    view = G
    if center is not None:
        view = _ego(view, find_node(view, center), hops)
    if country is not None:
        view = _touching_country(view, _find_country(view, country))
    if topic is not None or since is not None or until is not None:
        topics = _topic_keys(view, topic) if topic is not None else None
        view = _interactions_where(
            view, lambda d: _on_topic(d, topics) and _in_range(d.get("date"), since, until)
        )
    if types is not None:
        wanted = {t.lower() for t in types}
        view = view.subgraph(
            n for n, d in view.nodes(data=True) if d.get("label", "").lower() in wanted
        )
    out = nx.MultiDiGraph(view)
    out.graph["articles"] = _cited_articles(G, out)
    return out


def _cited_articles(G: nx.MultiDiGraph, view: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """The articles the view's interactions cite but whose nodes it left out, so the
    page can still show each evidence sentence with its article's title, date and url."""
    known = G.graph.get("articles", {})
    cited = {a for _, _, articles in view.edges(data="articles") for a in articles or []}
    return {
        a: dict(G.nodes[a]) if a in G else known[a]
        for a in sorted(cited)
        if a not in view and (a in G or a in known)
    }


def find_node(G: nx.MultiDiGraph, name: str) -> str:
    """The id of the node whose id, name or one of whose aliases is `name` (any case)."""
    wanted = name.strip().casefold()
    for node, data in G.nodes(data=True):
        if wanted in _forms(node, data):
            return node
    raise ValueError(f"no entity named {name!r} in the graph (try its id, e.g. country:BGD)")


def _forms(node: str, data: Mapping[str, Any]) -> set[str]:
    """Every spelling a user may type for a node: its id, its name, its aliases (casefolded)."""
    forms = [node, node.split(":", 1)[-1], data.get("name"), *(data.get("aliases") or [])]
    return {str(f).casefold() for f in forms if f}


def _ego(G: nx.MultiDiGraph, node: str, hops: int) -> nx.MultiDiGraph:
    walk = nx.Graph()
    walk.add_nodes_from(G)
    walk.add_edges_from((u, v) for u, v, t in G.edges(data="type") if t != MENTIONS)
    reached = nx.single_source_shortest_path_length(walk, node, cutoff=hops)
    return G.subgraph(reached)


def _find_country(G: nx.MultiDiGraph, name: str) -> str:
    try:
        node = find_node(G, name)
    except ValueError:
        node = None
    if node is None or G.nodes[node]["label"] != "Country":
        raise ValueError(f"no country named {name!r} in the graph (try its id, e.g. country:BGD)")
    return node


def _touching_country(G: nx.MultiDiGraph, country: str) -> nx.MultiDiGraph:
    names = _forms(country, G.nodes[country])
    members = {
        n
        for n, d in G.nodes(data=True)
        if n == country
        or (
            d["label"] in ("Official", "Agency") and str(d.get("country") or "").casefold() in names
        )
    }
    edges = [
        (u, v, k)
        for u, v, k, t in G.edges(keys=True, data="type")
        if t != MENTIONS and (u in members or v in members)
    ]
    view = nx.MultiDiGraph(G.edge_subgraph(edges))
    view.add_nodes_from((n, G.nodes[n]) for n in members)
    return view


def _topic_keys(G: nx.MultiDiGraph, topic: str) -> set[str]:
    """The bare topic ids (no `topic:` prefix, any case) that `topic` names."""
    bare = topic.strip().removeprefix("topic:").casefold()
    keys = {bare}
    known = {
        str(t).removeprefix("topic:").casefold()
        for _, _, topics in G.edges(data="topics")
        for t in topics or []
    }
    for node, data in G.nodes(data=True):
        if data.get("label") == "Topic":
            node_key = node.removeprefix("topic:").casefold()
            known.add(node_key)
            if bare in _forms(node, data):
                keys.add(node_key)
    if not keys & known:
        raise ValueError(f"no topic {topic!r} in the graph")
    return keys


def _on_topic(edge: Mapping[str, Any], topics: set[str] | None) -> bool:
    if topics is None:
        return True
    return any(str(t).removeprefix("topic:").casefold() in topics for t in edge.get("topics", []))


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not date:
        return False
    day = str(date)[:10]
    return (since is None or day >= since[:10]) and (until is None or day <= until[:10])


def _interactions_where(
    G: nx.MultiDiGraph, keep: Callable[[Mapping[str, Any]], bool]
) -> nx.MultiDiGraph:
    """Interactions passing `keep`, the actors they join, and the other links among those."""
    kept = [
        (u, v, k)
        for u, v, k, d in G.edges(keys=True, data=True)
        if d["type"] in INTERACTION_TYPES and keep(d)
    ]
    nodes = {n for u, v, _ in kept for n in (u, v)}
    others = [
        (u, v, k)
        for u, v, k, t in G.edges(keys=True, data="type")
        if t not in INTERACTION_TYPES and u in nodes and v in nodes
    ]
    return G.edge_subgraph(kept + others)
