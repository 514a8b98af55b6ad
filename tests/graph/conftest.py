"""Shared fixtures for the graph views: a small hand-built graph and a real headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from diplograph.graph.network import add_edge, add_node

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

ARTICLE_1 = "article:00000000000000a1"
ARTICLE_2 = "article:00000000000000a2"
JAHANGIR = "official:jhngr-alm-chdhry"
IMRAN = "official:imrn-hdr"
HOME_MINISTRY = "agency:bgd:ministry-of-home-affairs"
IOM = "agency:int:international-organization-for-migration"


def interaction(topics: list[str], date: str | None, evidence: dict[str, str]) -> dict:
    """Edge properties of one interaction event as the store holds them."""
    return {
        "topics": topics,
        "date": date,
        "articles": list(evidence),
        "evidence": list(evidence.values()),
        "sources": len(evidence),
    }


def build_sample_graph() -> nx.MultiDiGraph:
    """Three countries, two officials, two agencies, two topics, two articles, five events."""
    G = nx.MultiDiGraph()
    nodes = [
        ("country:BGD", "Country", {"name": "Bangladesh", "aliases": ["বাংলাদেশ"]}),
        ("country:PAK", "Country", {"name": "Pakistan", "aliases": ["পাকিস্তান"]}),
        ("country:EU", "Country", {"name": "European Union", "aliases": ["EU"]}),
        (
            JAHANGIR,
            "Official",
            {
                "name": "Jahangir Alam Chowdhury",
                "aliases": ["Md Jahangir Alam Chowdhury", "জাহাঙ্গীর আলম চৌধুরী"],
                "title": "Home Adviser",
                "country": "Bangladesh",
            },
        ),
        (
            IMRAN,
            "Official",
            {
                "name": "Imran Haider",
                "aliases": ["Imran Haidar"],
                "title": "High Commissioner",
                "country": "Pakistan",
            },
        ),
        (HOME_MINISTRY, "Agency", {"name": "Ministry of Home Affairs", "country": "Bangladesh"}),
        (IOM, "Agency", {"name": "International Organization for Migration", "aliases": ["IOM"]}),
        ("topic:border_security", "Topic", {"name": "border security"}),
        ("topic:irregular_migration", "Topic", {"name": "irregular migration"}),
        (
            ARTICLE_1,
            "Article",
            {
                "title": "Adviser and envoy discuss border work",
                "date": "2025-11-18",
                "language": "en",
                "url": "https://news.example/a1",
            },
        ),
        (
            ARTICLE_2,
            "Article",
            {"title": "সীমান্ত নিয়ে বৈঠক", "date": "2025-11-18", "language": "bn"},
        ),
    ]
    for node_id, label, props in nodes:
        add_node(G, node_id, label, props)
    met = interaction(
        ["border_security"],
        "2025-11-18",
        {
            ARTICLE_1: "The adviser and the envoy talked about patrols along the border.",
            ARTICLE_2: "উপদেষ্টা ও রাষ্ট্রদূত সীমান্ত টহল নিয়ে কথা বলেন।",
        },
    )
    edges = [
        (JAHANGIR, IMRAN, "MET", met),
        (
            JAHANGIR,
            IMRAN,
            "MET",
            interaction([], "2025-03-02", {ARTICLE_1: "They had first met in March."}),
        ),
        (
            JAHANGIR,
            "country:EU",
            "REQUESTED",
            interaction(
                ["irregular_migration"],
                "2025-11-19",
                {ARTICLE_1: "The adviser asked the bloc to help curb irregular migration."},
            ),
        ),
        (
            "country:EU",
            "country:BGD",
            "OFFERED",
            interaction(
                ["border_security"],
                None,
                {ARTICLE_1: "The bloc promised training for border guards."},
            ),
        ),
        (
            IOM,
            HOME_MINISTRY,
            "AGREED",
            interaction(
                ["irregular_migration"],
                "2024-06-01",
                {ARTICLE_2: "দুই পক্ষ একটি সমঝোতা স্মারকে সই করে।"},
            ),
        ),
        (JAHANGIR, "country:BGD", "SERVES", {}),
        (IMRAN, "country:PAK", "SERVES", {}),
        (JAHANGIR, HOME_MINISTRY, "MEMBER_OF", {}),
        (HOME_MINISTRY, "country:BGD", "PART_OF", {}),
    ]
    for article in (ARTICLE_1, ARTICLE_2):
        for node in ("country:BGD", "country:PAK", JAHANGIR, IMRAN, "topic:border_security"):
            edges.append((article, node, "MENTIONS", {}))
    for source, target, rel_type, props in edges:
        add_edge(G, source, target, rel_type, props)
    return G


@pytest.fixture
def sample_graph() -> nx.MultiDiGraph:
    return build_sample_graph()


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A real headless Chromium (Debian's), driven by Playwright; skipped when not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def falkor_store(tmp_path: Path) -> Iterator[object]:
    """A real embedded FalkorDB in a temporary data directory."""
    from diplograph.graph.store_falkor import FalkorStore

    from diplograph.config import Settings

    with FalkorStore(Settings(data_dir=tmp_path / "store")) as store:
        yield store


@pytest.fixture
def stored_sample(falkor_store, sample_graph):
    """The embedded store holding the sample graph."""
    store_graph(falkor_store, sample_graph)
    return falkor_store


def store_graph(store, G: nx.MultiDiGraph) -> None:
    """Write G into a store, one parameterised statement per node and edge."""
    from diplograph.graph.schema import checked_label, checked_relationship_type

    for node, data in G.nodes(data=True):
        props = {k: v for k, v in data.items() if k != "label" and v not in (None, [])}
        label = checked_label(data["label"])
        store.query(
            f"CREATE (n:{label}) SET n = $props, n.id = $id",
            {"props": props, "id": node},
            write=True,
        )
    for u, v, data in G.edges(data=True):
        props = {k: v for k, v in data.items() if k != "type" and v not in (None, [])}
        rel_type = checked_relationship_type(data["type"])
        store.query(
            f"MATCH (a {{id: $u}}), (b {{id: $v}}) CREATE (a)-[r:{rel_type}]->(b) SET r = $props",
            {"u": u, "v": v, "props": props},
            write=True,
        )
