"""The interactive HTML page of a graph: one self-contained file that works with no network.

pyvis builds the vis-network nodes and edges; the page is our own template
(graph/templates/graph.html and graph.js) because pyvis' template links
bootstrap and vis-network from CDNs. vis-network itself is inlined from the
files pyvis ships. Article text (names, titles, evidence) reaches the page
only as JSON data, escaped for HTML, and the page's script turns it into text
nodes: it never becomes markup or script.

Past NODE_BUDGET nodes the page shows countries and the counts of their
interactions instead, and says so on the page and in the returned note. For
the stored graph those counts come from one aggregate query
(graph/aggregate.py), so a large graph is never pulled whole to be drawn.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, select_autoescape
from pyvis.network import Network

from .aggregate import NO_COUNTRY, CountryTotals, aggregate_graph, aggregate_store, count_nodes
from .network import to_networkx
from .schema import INTERACTION_TYPES
from .store import Store

# More nodes than this make the page slow to lay out and impossible to read.
NODE_BUDGET = 1500
IMPROVED_LAYOUT_NODES = 300


@dataclass(frozen=True)
class NodeStyle:
    shape: str
    color: str
    size: int
    glyph: str  # the legend's symbol for the shape


NODE_STYLES = {
    "Country": NodeStyle("diamond", "#d94f45", 26, "◆"),
    "Official": NodeStyle("dot", "#3f6fb5", 16, "●"),
    "Agency": NodeStyle("square", "#4c9a52", 14, "■"),
    "Topic": NodeStyle("triangle", "#d9a400", 13, "▲"),
    "Article": NodeStyle("dot", "#a3a3a3", 7, "•"),
}
OTHER_NODE = NodeStyle("dot", "#7d7d7d", 12, "●")

EDGE_COLORS = {
    "MET": "#3f6fb5",
    "REQUESTED": "#d94f45",
    "AGREED": "#2e8b57",
    "OFFERED": "#e07b00",
    "SERVES": "#9a9a9a",
    "MEMBER_OF": "#9a9a9a",
    "PART_OF": "#9a9a9a",
    "MENTIONS": "#d0d0d0",
}
OTHER_EDGE_COLOR = "#9a9a9a"

# Article titles can be whole sentences: the drawn label is cut, the tooltip has it all.
LABEL_CHARS = 40

VIS_OPTIONS: dict[str, Any] = {
    "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "font": {"size": 10, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"},
    },
    "physics": {
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
        "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50},
    },
    # A fixed seed: the same graph gets the same layout every time it is rendered.
    "layout": {"randomSeed": 7},
    "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
}


@dataclass(frozen=True)
class RenderResult:
    """What `render_html` wrote, and how to narrow the view when it had to aggregate."""

    path: Path
    nodes_drawn: int
    edges_drawn: int
    aggregated: bool
    note: str


def render_html(G: nx.MultiDiGraph, path: str | Path, *, title: str = "diplograph") -> RenderResult:
    """Write the interactive page of G to `path` (one HTML file, no network needed);
    past NODE_BUDGET nodes, the page of its country totals (`render_totals_html`).

    >>> result = render_html(select(G, country="Bangladesh"), "bangladesh.html")
    >>> if result.aggregated:
    ...     print(result.note)  # how to narrow the view
    """
    if G.number_of_nodes() > NODE_BUDGET:
        return render_totals_html(aggregate_graph(G), path, title=title)
    nodes, edges = _entity_view(G)
    topic_names = {
        n.removeprefix("topic:"): d.get("name") or n
        for n, d in G.nodes(data=True)
        if d.get("label") == "Topic"
    }
    return _write(Path(path), nodes, edges, title=title, note="", topic_names=topic_names)


def render_store_html(store: Store, path: str | Path, *, title: str = "diplograph") -> RenderResult:
    """Write the page of the whole stored graph: read whole when it fits NODE_BUDGET,
    else drawn from the country totals the store sums up (`aggregate_store`).

    >>> with open_store(settings) as store:
    ...     render_store_html(store, "graph.html")
    """
    if count_nodes(store) > NODE_BUDGET:
        return render_totals_html(aggregate_store(store), path, title=title)
    return render_html(to_networkx(store), path, title=title)


def render_totals_html(
    totals: CountryTotals, path: str | Path, *, title: str = "diplograph"
) -> RenderResult:
    """Write the page of a graph too large to draw whole: its countries and the number
    of interactions between them (from `aggregate_store` or `aggregate_graph`), with a
    note on the page, also returned, saying so and how to narrow the view.

    >>> result = render_totals_html(aggregate_store(store), "graph.html")
    """
    note = (
        f"The graph has {totals.nodes:,} nodes, more than the {NODE_BUDGET:,} "
        "drawn at once: this page shows countries and the number of interactions "
        "between them. Narrow the view to see people and agencies, e.g. "
        "--center NAME --hops 1, --country NAME, --topic TOPIC, --since/--until DATE."
    )
    nodes, edges = _country_view(totals)
    return _write(Path(path), nodes, edges, title=title, note=note, topic_names={})


def _write(
    path: Path,
    nodes: list[dict],
    edges: list[dict],
    *,
    title: str,
    note: str,
    topic_names: dict[str, str],
) -> RenderResult:
    net = Network(directed=True, cdn_resources="in_line")
    for node in nodes:
        net.add_node(node.pop("id"), **node)
    for edge in edges:
        net.add_edge(edge.pop("from"), edge.pop("to"), **edge)
    path.write_text(_page(net, title, note, topic_names), encoding="utf-8")
    return RenderResult(path, len(net.nodes), len(net.edges), bool(note), note)


def _entity_view(G: nx.MultiDiGraph) -> tuple[list[dict], list[dict]]:
    articles = {**G.graph.get("articles", {}), **{n: d for n, d in G.nodes(data=True)}}
    nodes = []
    for node, data in G.nodes(data=True):
        kind = data.get("label", "Entity")
        name = str(data.get("name") or node)
        info = {
            "id": node,
            "title": data.get("title") if kind != "Article" else None,
            "country": data.get("country"),
            "aliases": [a for a in data.get("aliases") or [] if a != name],
        }
        if kind == "Article":
            info |= {k: data.get(k) for k in ("date", "language", "source", "url", "path")}
        nodes.append(_node(node, kind, name, info))
    edges = []
    for index, (u, v, data) in _numbered_edges(G):
        rel_type = data.get("type", "")
        info: dict[str, Any] = {"type": rel_type}
        if rel_type in INTERACTION_TYPES:
            evidence = data.get("evidence") or []
            info |= {
                "date": data.get("date"),
                "topics": list(data.get("topics") or []),
                "sources": data.get("sources"),
                "evidence": [
                    _evidence(sentence, article, articles)
                    for sentence, article in zip(evidence, data.get("articles") or [], strict=False)
                ],
            }
        label = rel_type if rel_type in INTERACTION_TYPES else ""
        edges.append(_edge(u, v, index, label, info, data.get("sources") or 1))
    return nodes, edges


def _evidence(sentence: str, article: str, articles: dict[str, dict]) -> dict[str, Any]:
    about = articles.get(article, {})
    return {
        "sentence": sentence,
        "article": article,
        "title": about.get("title") or about.get("name"),
        "date": about.get("date"),
        "url": about.get("url"),
    }


def _country_view(totals: CountryTotals) -> tuple[list[dict], list[dict]]:
    """Countries (and one node for actors of none), one edge per pair of them with the
    number of interactions between their actors, coloured by the most frequent type."""
    nodes = []
    for country in sorted(totals.countries.values(), key=lambda c: c.id):
        interactions = totals.interactions(country.id)
        info = {
            "id": country.id,
            "aliases": list(country.aliases),
            "interactions": interactions,
            "within": totals.within(country.id),
        }
        kind = "Agency" if country.id == NO_COUNTRY else "Country"
        item = _node(country.id, kind, country.name, info)
        item["size"] = 14 + 4 * math.log1p(interactions)
        nodes.append(item)
    edges = []
    for (a, b), types in sorted(totals.pairs.items()):
        if a == b:  # interactions inside one country are counted on its node
            continue
        total = sum(types.values())
        # In the schema's order, so a tie picks the same colour whichever way it was summed.
        by_type = {t: types[t] for t in INTERACTION_TYPES if types[t]}
        info = {"type": max(by_type, key=by_type.get), "interactions": total, "by_type": by_type}
        edge = _edge(a, b, 0, str(total), info, total)
        edge["arrows"] = {"to": {"enabled": False}}  # both directions are counted together
        edges.append(edge)
    return nodes, edges


def _numbered_edges(G: nx.MultiDiGraph) -> Iterator[tuple[int, tuple[str, str, dict]]]:
    """Edges with their rank among the edges joining the same two nodes (either way)."""
    seen: defaultdict[frozenset[str], int] = defaultdict(int)
    for u, v, data in G.edges(data=True):
        pair = frozenset((u, v))
        yield seen[pair], (u, v, data)
        seen[pair] += 1


def _node(node: str, kind: str, name: Any, info: dict[str, Any]) -> dict[str, Any]:
    style = NODE_STYLES.get(kind, OTHER_NODE)
    name = str(name or node)
    label = name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"
    return {
        "id": node,
        "label": label,
        "name": name,
        "kind": kind,
        "country": info.get("country") or (name if kind == "Country" else None),
        "aliases": list(info.get("aliases") or []),
        "shape": style.shape,
        "color": style.color,
        "size": style.size,
        "info": info,
    }


def _edge(
    u: str, v: str, index: int, label: str, info: dict[str, Any], weight: int
) -> dict[str, Any]:
    kind = info["type"]
    interaction = kind in INTERACTION_TYPES
    return {
        "from": u,
        "to": v,
        "id": f"{u}|{v}|{index}|{label}",
        "label": label,
        "kind": kind,
        "topics": info.get("topics", []),
        "color": EDGE_COLORS.get(kind, OTHER_EDGE_COLOR),
        "width": 1 + min(math.log2(max(weight, 1)) * 1.5, 6) if interaction else 0.6,
        "dashes": not interaction,
        # Parallel edges curve away from each other by rank instead of drawing on top.
        "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.08 + 0.17 * index},
        "info": info,
    }


def _options(node_count: int) -> dict[str, Any]:
    # vis-network's improved layout gives up past a few hundred nodes and logs about it.
    layout = {**VIS_OPTIONS["layout"], "improvedLayout": node_count <= IMPROVED_LAYOUT_NODES}
    return {**VIS_OPTIONS, "layout": layout}


def _page(net: Network, title: str, note: str, topic_names: dict[str, str]) -> str:
    nodes, edges, *_ = net.get_network_data()
    used_topics = sorted({t for e in edges for t in e.get("topics", [])})
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": _options(len(nodes)),
        "countries": sorted({n["country"] for n in nodes if n.get("country")}),
        "topics": [{"id": t, "name": topic_names.get(t, t)} for t in used_topics],
    }
    kinds = [k for k in NODE_STYLES if any(n["kind"] == k for n in nodes)]
    kinds += sorted({n["kind"] for n in nodes} - set(kinds))
    edge_kinds = [k for k in EDGE_COLORS if any(e["kind"] == k for e in edges)]
    templates = files("diplograph.graph") / "templates"
    vis = files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string((templates / "graph.html").read_text("utf-8"))
    return template.render(
        title=title,
        note=note,
        data=data,
        node_legend=[(k, NODE_STYLES.get(k, OTHER_NODE)) for k in kinds],
        edge_legend=[(k, EDGE_COLORS[k]) for k in edge_kinds],
        counts=(len(nodes), len(edges)),
        vis_css=(vis / "vis-network.css").read_text("utf-8"),
        vis_js=(vis / "vis-network.min.js").read_text("utf-8"),
        page_js=(templates / "graph.js").read_text("utf-8"),
    )
