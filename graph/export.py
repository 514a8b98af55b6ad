"""Write the graph (the networkx form of docs/CONTRACTS.md) to files other tools read.

One function per format, each `write_<format>(G, path) -> Path`, and
`EXPORTERS` naming them for the CLI. What each format can hold differs:
- JSON (node-link) keeps every value as it is, lists included.
- GraphML and GEXF hold scalars only: a list becomes its JSON text
  (`["border_security", "trade"]`), None becomes "", and the reader gets
  strings back.
- GEXF has fields of its own named `label` (what Gephi shows) and `type`
  (edge direction): there a node's label is its name, an edge's label its
  relationship type, and the node or relationship type is the `kind` attribute.
- CSV writes nodes.csv and edges.csv into a folder, lists joined with " | ".
- Cypher writes a script of MERGE statements that rebuilds the graph in
  FalkorDB or Neo4j.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from .rows import event_key
from .schema import INTERACTION_KEY, INTERACTION_TYPES, checked_label, checked_relationship_type

LIST_SEPARATOR = " | "
NODE_COLUMNS = ("id", "label", "name", "aliases", "title", "country")
EDGE_COLUMNS = ("source", "target", "key", "type", "date", "topics", "sources", "articles")


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """GraphML for yEd, Gephi, Cytoscape; lists as JSON text, None as "".

    >>> write_graphml(G, "diplograph.graphml")
    >>> nx.read_graphml("diplograph.graphml", force_multigraph=True)
    """
    path = Path(path)
    nx.write_graphml(scalar_graph(G), path, encoding="utf-8")
    return path


def write_gexf(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """GEXF for Gephi: node label = name, edge label = relationship type, `kind` = the type.

    >>> write_gexf(G, "diplograph.gexf")
    >>> nx.read_gexf("diplograph.gexf")
    """
    path = Path(path)
    H = nx.MultiDiGraph()
    for node, data in scalar_graph(G).nodes(data=True):
        attrs = {k: v for k, v in data.items() if k != "label"}
        H.add_node(node, **attrs, kind=data.get("label", ""), label=data.get("name") or node)
    for u, v, key, data in scalar_graph(G).edges(keys=True, data=True):
        attrs = {k: v for k, v in data.items() if k != "type"}
        H.add_edge(u, v, key=key, **attrs, kind=data.get("type", key), label=data.get("type", key))
    nx.write_gexf(H, path, encoding="utf-8")
    return path


def write_json(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Node-link JSON (networkx `node_link_data`, edges under "edges"); lists stay lists.

    The graph's own attributes go under "graph" (for a `select()` view, the
    articles its evidence cites: `graph.articles`).

    >>> write_json(G, "diplograph.json")
    >>> json_graph.node_link_graph(json.load(open("diplograph.json")), edges="edges")
    """
    path = Path(path)
    data = nx.node_link_data(G, edges="edges")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write_csv(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """A folder with nodes.csv and edges.csv (created if missing); lists joined with " | ".

    Columns: nodes `id, label, name, aliases, title, country` then the other
    attributes (article date, url...); edges `source, target, key, type,
    date, topics, sources, articles` then `evidence` and the rest.

    >>> write_csv(G, "out/")   # out/nodes.csv, out/edges.csv
    """
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    nodes = [{"id": n, **d} for n, d in G.nodes(data=True)]
    edges = [
        {"source": u, "target": v, "key": k, **d} for u, v, k, d in G.edges(keys=True, data=True)
    ]
    _write_table(folder / "nodes.csv", NODE_COLUMNS, nodes)
    _write_table(folder / "edges.csv", EDGE_COLUMNS, edges)
    return folder


def write_cypher(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """A Cypher script of MERGE statements, one a line, that rebuilds G in FalkorDB or Neo4j.

    A script has no parameters, so every value is a quoted literal (quotes,
    backslashes and control characters escaped); labels and relationship
    types come from the schema's tables and anything else is refused.
    Nodes merge on `id`, interactions on `event_key` (made as the writer
    makes it when G lacks one), so running the script twice adds nothing.

    Neo4j: `cypher-shell -f diplograph.cypher`. FalkorDB takes one statement
    per query: send the lines one by one, without their line break.

    >>> write_cypher(G, "diplograph.cypher")
    """
    path = Path(path)
    lines = [f"// diplograph: {G.number_of_nodes()} nodes, {G.number_of_edges()} relationships"]
    for node, data in G.nodes(data=True):
        label = checked_label(data.get("label", ""))
        props = {k: v for k, v in data.items() if k not in ("id", "label")}
        lines.append(f"MERGE (n:{label} {{id: {cypher_literal(node)}}}){_set('n', props)};")
    for u, v, data in G.edges(data=True):
        rel_type = checked_relationship_type(data.get("type", ""))
        props = {k: value for k, value in data.items() if k != "type"}
        match = (
            f"MATCH (a:{checked_label(G.nodes[u]['label'])} {{id: {cypher_literal(u)}}}), "
            f"(b:{checked_label(G.nodes[v]['label'])} {{id: {cypher_literal(v)}}})"
        )
        if rel_type in INTERACTION_TYPES:  # one event, one relationship
            event = props.get(INTERACTION_KEY) or event_key(rel_type, u, v, data.get("date"))
            props[INTERACTION_KEY] = event
            merge = f"MERGE (a)-[r:{rel_type} {{{INTERACTION_KEY}: {cypher_literal(event)}}}]->(b)"
        else:
            merge = f"MERGE (a)-[r:{rel_type}]->(b)"
        lines.append(f"{match} {merge}{_set('r', props)};")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# Cypher string escapes; any other control character is written as \\uXXXX.
CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a property value: a quoted string, a number, a boolean or a list."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value if v is not None) + "]"
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False)
    escaped = "".join(
        CYPHER_ESCAPES.get(ch, f"\\u{ord(ch):04x}" if ord(ch) < 32 else ch) for ch in value
    )
    return f"'{escaped}'"


def _set(variable: str, props: Mapping[str, Any]) -> str:
    """` SET n += {...}` for the properties that have a value (a null one is no property)."""
    # Property names come from our own records, but each is quoted anyway so no
    # attribute name can end the map early.
    pairs = [
        f"`{name.replace('`', '``')}`: {cypher_literal(value)}"
        for name, value in props.items()
        if value is not None
    ]
    return f" SET {variable} += {{{', '.join(pairs)}}}" if pairs else ""


def scalar_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of G whose attribute values are strings, numbers or booleans (for XML formats)."""
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, _scalars(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, _scalars(d)) for u, v, k, d in G.edges(keys=True, data=True))
    return H


def _scalars(attrs: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _scalar(v) for k, v in attrs.items()}


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str | int | float | bool):
        return value
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def _write_table(path: Path, first: Iterable[str], rows: list[dict[str, Any]]) -> None:
    columns = list(first)
    columns += sorted({k for row in rows for k in row} - set(columns))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else value


EXPORTERS: dict[str, Callable[[nx.MultiDiGraph, str | Path], Path]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_json,
    "csv": write_csv,
    "cypher": write_cypher,
}
