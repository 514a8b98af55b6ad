"""The HTML page, opened in a real headless Chromium with the network cut off."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import networkx as nx
import pytest
from diplograph.graph.html import NODE_BUDGET, render_html
from diplograph.graph.network import add_edge, add_node, select
from diplograph.graph.store_falkor import FalkorStore

import diplograph
from diplograph.config import Settings

from .conftest import store_graph

JAHANGIR = "official:jhngr-alm-chdhry"
IMRAN = "official:imrn-hdr"
ARTICLES = {"article:00000000000000a1", "article:00000000000000a2"}
IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "</script><script>window.__pwned=2</script>"


@dataclass
class Opened:
    page: object
    problems: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def visible(self) -> set[str]:
        return set(self.js("window.diplograph.visibleNodeIds()"))

    def hover(self, canvas_point_js: str) -> str:
        """Move the mouse over a point of the drawing; returns the tooltip's text."""
        x, y = self.js(
            "() => { const p = " + canvas_point_js + ";"
            " const d = window.diplograph.network.canvasToDOM(p);"
            " const r = document.getElementById('network').getBoundingClientRect();"
            " return [r.left + d.x, r.top + d.y]; }"
        )
        self.page.mouse.move(x, y)
        tooltip = self.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5000)
        return tooltip.text_content()


@pytest.fixture
def open_page(chromium):
    """Open a rendered page offline; any request leaving the file, console error or
    page error is recorded in `problems`."""
    contexts = []

    def opener(path) -> Opened:
        context = chromium.new_context(viewport={"width": 1200, "height": 800})
        contexts.append(context)
        context.set_offline(True)
        page = context.new_page()
        opened = Opened(page)

        def only_files(route):
            if route.request.url.startswith("file://"):
                route.continue_()
            else:
                opened.problems.append(f"request {route.request.url}")
                route.abort()

        page.route("**/*", only_files)
        page.on(
            "console",
            lambda m: m.type in ("error", "warning") and opened.problems.append(m.text),
        )
        page.on("pageerror", lambda e: opened.problems.append(f"page error {e}"))
        page.on("requestfailed", lambda r: opened.problems.append(f"failed {r.url}"))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.diplograph && window.diplograph.stable", timeout=60000)
        return opened

    yield opener
    for context in contexts:
        context.close()


def test_the_page_links_nothing_outside_itself(sample_graph, tmp_path):
    render_html(sample_graph, tmp_path / "g.html")
    html = (tmp_path / "g.html").read_text("utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)


def test_the_page_draws_every_node_and_edge_offline(sample_graph, tmp_path, open_page):
    result = render_html(sample_graph, tmp_path / "g.html", title="Bangladesh and partners")
    assert (result.nodes_drawn, result.edges_drawn) == (11, 19)
    assert not result.aggregated
    opened = open_page(result.path)
    assert opened.js("window.diplograph.network.body.data.nodes.length") == 11
    assert opened.js("window.diplograph.network.body.data.edges.length") == 19
    assert opened.js("window.diplograph.network.physics.options.enabled") is False
    assert opened.page.locator("h1").text_content() == "Bangladesh and partners"
    assert opened.problems == []


def test_two_events_between_the_same_pair_are_both_drawn_apart(sample_graph, tmp_path, open_page):
    opened = open_page(render_html(sample_graph, tmp_path / "g.html").path)
    roundness = opened.js(
        "(ids) => window.diplograph.edges.get({filter: e => ids.includes(e.from) &&"
        " ids.includes(e.to) && e.label === 'MET'}).map(e => e.smooth.roundness)",
        [JAHANGIR, IMRAN],
    )
    assert len(roundness) == 2 and roundness[0] != roundness[1]


def test_unticking_a_node_type_hides_those_nodes(sample_graph, tmp_path, open_page):
    opened = open_page(render_html(sample_graph, tmp_path / "g.html").path)
    assert opened.visible() == set(sample_graph)
    opened.page.locator("#type-filter input[value=Article]").uncheck()
    assert opened.visible() == set(sample_graph) - ARTICLES
    opened.page.locator("#reset-filters").click()
    assert opened.visible() == set(sample_graph)


def test_country_filter_shows_its_actors_and_their_partners(sample_graph, tmp_path, open_page):
    opened = open_page(render_html(sample_graph, tmp_path / "g.html").path)
    opened.page.locator("#country-filter").select_option("Pakistan")
    assert opened.visible() == {"country:PAK", IMRAN, JAHANGIR}


def test_topic_filter_shows_the_interactions_on_that_topic(sample_graph, tmp_path, open_page):
    opened = open_page(render_html(sample_graph, tmp_path / "g.html").path)
    assert opened.page.locator("#topic-filter option").all_text_contents() == [
        "all",
        "border security",
        "irregular migration",
    ]
    opened.page.locator("#topic-filter").select_option(label="border security")
    assert opened.visible() == {JAHANGIR, IMRAN, "country:EU", "country:BGD"}


@pytest.mark.parametrize(("typed", "found"), [("জাহাঙ্গীর আলম চৌধুরী", JAHANGIR), ("haid", IMRAN)])
def test_search_finds_a_node_by_alias_or_part_of_its_name_and_selects_it(
    sample_graph, tmp_path, open_page, typed, found
):
    opened = open_page(render_html(sample_graph, tmp_path / "g.html").path)
    opened.page.fill("#search-input", typed)
    opened.page.press("#search-input", "Enter")
    assert opened.js("window.diplograph.network.getSelectedNodes()") == [found]
    assert opened.page.locator("#search-status").text_content().startswith("Found:")
    # The view moves to the node (the wait ends when the camera is centred on it).
    opened.page.wait_for_function(
        "(id) => { const n = window.diplograph.network;"
        " const p = n.getPositions([id])[id], v = n.getViewPosition();"
        " return Math.hypot(p.x - v.x, p.y - v.y) < 1; }",
        arg=found,
        timeout=5000,
    )


def test_tooltips_show_the_evidence_and_its_article(sample_graph, tmp_path, open_page):
    opened = open_page(render_html(sample_graph, tmp_path / "g.html").path)
    text = opened.hover(f"window.diplograph.network.getPositions(['{IMRAN}'])['{IMRAN}']")
    assert "Imran Haider" in text and "High Commissioner" in text and "Pakistan" in text
    edge_id = opened.js(
        "(ids) => window.diplograph.edges.get({filter: e => e.from === ids[0] &&"
        " e.to === ids[1]})[0].id",
        [JAHANGIR, "country:EU"],
    )
    text = opened.hover(
        "(() => { const e = window.diplograph.network.body.edges["
        + repr(edge_id)
        + "]; return e.edgeType.getPoint(0.5); })()"
    )
    assert "help curb irregular migration" in text
    assert "Adviser and envoy discuss border work" in text and "2025-11-19" in text


def hostile_graph() -> nx.MultiDiGraph:
    """Markup and script in every place article text can reach."""
    G = nx.MultiDiGraph()
    add_node(G, "country:XXA", "Country", {"name": IMG, "aliases": [SCRIPT]})
    add_node(
        G,
        "official:x",
        "Official",
        {"name": SCRIPT, "aliases": [IMG], "title": IMG, "country": IMG},
    )
    add_node(G, "article:x", "Article", {"title": SCRIPT, "url": "javascript:window.__pwned=3"})
    add_node(G, f"topic:{IMG}", "Topic", {"name": IMG})
    add_edge(
        G,
        "official:x",
        "country:XXA",
        "REQUESTED",
        {"topics": [IMG], "articles": ["article:x"], "evidence": [IMG + SCRIPT], "date": IMG},
    )
    add_edge(G, "article:x", "official:x", "MENTIONS", {})
    return G


def test_markup_from_articles_stays_text_everywhere(tmp_path, open_page):
    result = render_html(hostile_graph(), tmp_path / "g.html", title=SCRIPT)
    opened = open_page(result.path)
    tip = opened.hover("window.diplograph.network.getPositions(['official:x'])['official:x']")
    assert SCRIPT in tip and IMG in tip
    opened.page.mouse.move(1, 1)
    edge = opened.js("window.diplograph.edges.getIds()[0]")
    tip = opened.hover(f"window.diplograph.network.body.edges[{edge!r}].edgeType.getPoint(0.5)")
    assert IMG + SCRIPT in tip
    opened.page.locator("#country-filter").select_option(IMG)
    opened.page.locator("#topic-filter").select_option(label=IMG)
    opened.page.fill("#search-input", SCRIPT)
    opened.page.press("#search-input", "Enter")
    assert opened.js("window.diplograph.network.getSelectedNodes()") == ["official:x"]
    assert opened.page.locator("h1").text_content() == SCRIPT
    assert opened.page.title() == SCRIPT
    assert opened.js("typeof window.__pwned") == "undefined"
    assert opened.page.locator("img").count() == 0
    assert opened.page.locator("script").count() == 3
    assert opened.problems == []


def big_graph(countries: int = 3) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    names = [f"Country {i}" for i in range(countries)]
    for i, name in enumerate(names):
        add_node(G, f"country:C{i}", "Country", {"name": name})
    for n in range(NODE_BUDGET):
        add_node(G, f"official:p{n}", "Official", {"name": f"P {n}", "country": names[n % 3]})
        if n:
            interaction = {"articles": ["article:a"], "evidence": ["x"], "topics": []}
            add_edge(G, f"official:p{n}", f"official:p{n - 1}", "MET", interaction)
    return G


def test_a_graph_past_the_budget_is_drawn_as_countries_and_says_so(tmp_path, open_page):
    result = render_html(big_graph(), tmp_path / "big.html")
    assert result.aggregated
    assert "--center" in result.note and f"{NODE_BUDGET:,}" in result.note
    assert result.nodes_drawn == 3
    opened = open_page(result.path)
    assert opened.page.locator("#note").is_visible()
    assert "shows countries" in opened.page.locator("#note").text_content()
    labels = opened.js("window.diplograph.edges.get().map(e => e.label)")
    assert sorted(labels) == ["499", "500", "500"]
    text = opened.hover("window.diplograph.network.getPositions(['country:C0'])['country:C0']")
    assert "Interactions: 999" in text
    assert opened.problems == []


def test_a_view_without_article_nodes_still_names_the_evidence_articles(
    sample_graph, tmp_path, open_page
):
    view = select(sample_graph, types=["Official", "Country"])
    opened = open_page(render_html(view, tmp_path / "g.html").path)
    edge_id = opened.js(
        "(ids) => window.diplograph.edges.get({filter: e => e.from === ids[0] &&"
        " e.to === ids[1]})[0].id",
        [JAHANGIR, "country:EU"],
    )
    text = opened.hover(f"window.diplograph.network.body.edges[{edge_id!r}].edgeType.getPoint(0.5)")
    assert "Adviser and envoy discuss border work" in text and "https://news.example/a1" in text


def page_data(path) -> dict:
    """The nodes, edges and options a page hands to vis-network."""
    found = re.search(
        r'<script type="application/json" id="graph-data">(.*?)</script>',
        path.read_text("utf-8"),
        re.S,
    )
    return json.loads(found.group(1))


def test_the_stored_graph_past_the_budget_is_drawn_from_the_store_totals(tmp_path, open_page):
    G = big_graph()
    settings = Settings(data_dir=tmp_path / "store")
    with FalkorStore(settings) as store:
        store_graph(store, G)
    result = diplograph.render(tmp_path / "big.html", settings=settings)
    assert result.aggregated and "--center" in result.note
    # The same page as from the graph read whole.
    assert page_data(result.path) == page_data(render_html(G, tmp_path / "whole.html").path)
    opened = open_page(result.path)
    assert "more than the 1,500 drawn at once" in opened.page.locator("#note").text_content()
    # Laid out, then still: physics is off once stabilisation is done.
    assert opened.page.locator("#layout-status").is_hidden()
    assert opened.js("window.diplograph.network.physics.options.enabled") is False
    assert opened.js("window.diplograph.network.physics.stabilized") is True
    assert opened.problems == []
