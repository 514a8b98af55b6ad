from __future__ import annotations

import networkx as nx
import pytest
from diplograph.graph.network import find_node, from_query_rows, select, to_networkx

# Ids of the sample graph (tests/graph/conftest.py).
ARTICLE_1 = "article:00000000000000a1"
JAHANGIR = "official:jhngr-alm-chdhry"
IMRAN = "official:imrn-hdr"
HOME_MINISTRY = "agency:bgd:ministry-of-home-affairs"
IOM = "agency:int:international-organization-for-migration"


def test_two_events_between_the_same_pair_are_two_edges(sample_graph):
    keys = sorted(sample_graph[JAHANGIR][IMRAN])
    assert keys == ["MET", "MET#2"]
    assert {d["type"] for d in sample_graph[JAHANGIR][IMRAN].values()} == {"MET"}


@pytest.mark.parametrize(
    "typed", ["Jahangir Alam Chowdhury", "md jahangir alam chowdhury", "জাহাঙ্গীর আলম চৌধুরী", JAHANGIR]
)
def test_an_entity_is_found_by_id_name_or_alias_in_any_case(sample_graph, typed):
    assert find_node(sample_graph, typed) == JAHANGIR


def test_an_unknown_center_is_a_clear_error(sample_graph):
    with pytest.raises(ValueError, match="no entity named 'Nobody Here'"):
        select(sample_graph, center="Nobody Here")


def test_ego_network_reaches_one_hop_without_walking_through_articles(sample_graph):
    view = select(sample_graph, center="Imran Haider", hops=1)
    assert set(view) == {IMRAN, JAHANGIR, "country:PAK"}
    assert view.number_of_edges(JAHANGIR, IMRAN) == 2


def test_ego_network_grows_with_hops(sample_graph):
    view = select(sample_graph, center="Imran Haidar", hops=2)
    assert {"country:EU", "country:BGD", HOME_MINISTRY} <= set(view)
    assert IOM not in select(sample_graph, center=IMRAN, hops=2)


def test_country_view_holds_its_people_agencies_and_their_partners(sample_graph):
    view = select(sample_graph, country="bangladesh")
    assert set(view) == {"country:BGD", JAHANGIR, HOME_MINISTRY, IMRAN, "country:EU", IOM}
    assert ARTICLE_1 not in view
    assert not any(t == "MENTIONS" for _, _, t in view.edges(data="type"))
    assert not view.has_edge(IMRAN, "country:PAK")


def test_an_unknown_country_is_a_clear_error(sample_graph):
    with pytest.raises(ValueError, match="no country named 'Atlantis'"):
        select(sample_graph, country="Atlantis")
    with pytest.raises(ValueError, match="no country named"):
        select(sample_graph, country=JAHANGIR)


@pytest.mark.parametrize("topic", ["border_security", "topic:border_security", "Border Security"])
def test_topic_view_keeps_only_interactions_on_that_topic(sample_graph, topic):
    view = select(sample_graph, topic=topic)
    interactions = [(u, v, k) for u, v, k, d in view.edges(keys=True, data=True) if d.get("topics")]
    assert set(interactions) == {
        (JAHANGIR, IMRAN, "MET"),
        ("country:EU", "country:BGD", "OFFERED"),
    }
    assert not view.has_edge(JAHANGIR, IMRAN, "MET#2")
    assert view.has_edge(JAHANGIR, "country:BGD", "SERVES")
    assert IOM not in view


def test_an_unknown_topic_is_a_clear_error(sample_graph):
    with pytest.raises(ValueError, match="no topic 'fisheries'"):
        select(sample_graph, topic="fisheries")


def test_date_range_keeps_interactions_dated_inside_it(sample_graph):
    view = select(sample_graph, since="2025-01-01", until="2025-11-18")
    types = sorted(k for _, _, k, d in view.edges(keys=True, data=True) if d.get("articles"))
    assert types == ["MET", "MET#2"]
    assert "country:EU" not in view  # its request is dated after, its offer undated


def test_node_types_filter_keeps_those_labels_only(sample_graph):
    view = select(sample_graph, types=["country", "Official"])
    assert {d["label"] for _, d in view.nodes(data=True)} == {"Country", "Official"}
    assert view.has_edge(JAHANGIR, "country:EU", "REQUESTED")


def test_filters_combine(sample_graph):
    view = select(sample_graph, country="Bangladesh", topic="irregular_migration", types=["Agency"])
    assert set(view) == {IOM, HOME_MINISTRY}
    assert view.has_edge(IOM, HOME_MINISTRY, "AGREED")


def test_select_leaves_the_graph_unchanged(sample_graph):
    before = (sample_graph.number_of_nodes(), sample_graph.number_of_edges())
    view = select(sample_graph, center=JAHANGIR)
    view.remove_node(JAHANGIR)
    assert (sample_graph.number_of_nodes(), sample_graph.number_of_edges()) == before


def test_a_relationship_without_its_ends_joins_the_two_nodes_of_its_row():
    rows = [
        {
            "a": {"id": "country:BGD", "name": "Bangladesh", "_labels": ["Country"]},
            "r": {
                "_type": "MET",
                "date": "2025-11-18",
                "articles": [ARTICLE_1],
                "evidence": ["Both sides met."],
            },
            "b": {"id": "country:PAK", "name": "Pakistan", "_labels": ["Country"]},
        }
    ]
    G = from_query_rows(rows)
    assert G.nodes["country:PAK"]["name"] == "Pakistan"
    assert G.nodes["country:BGD"]["label"] == "Country"
    edge = G.edges["country:BGD", "country:PAK", "MET"]
    assert edge["sources"] == 1 and edge["type"] == "MET"


def test_id_columns_take_their_attributes_from_the_whole_graph(sample_graph):
    rows = [
        {"source": JAHANGIR, "type": "REQUESTED", "target": "country:EU", "date": "2025-11-19"},
        {"who": IMRAN, "count": 2},
    ]
    G = from_query_rows(rows, base=sample_graph)
    assert set(G) == {JAHANGIR, "country:EU", IMRAN}
    assert G.nodes[IMRAN]["title"] == "High Commissioner"
    assert G.edges[JAHANGIR, "country:EU", "REQUESTED"]["date"] == "2025-11-19"


def test_id_columns_without_the_whole_graph_are_labelled_by_prefix():
    G = from_query_rows([{"source": "country:BGD", "type": "OFFERED", "target": "agency:int:un"}])
    assert nx.get_node_attributes(G, "label") == {
        "country:BGD": "Country",
        "agency:int:un": "Agency",
    }


def test_the_stored_graph_reads_back_with_every_node_edge_and_attribute(
    stored_sample, sample_graph
):
    G = to_networkx(stored_sample)
    assert set(G) == set(sample_graph)
    assert sorted(G.edges(keys=True)) == sorted(sample_graph.edges(keys=True))
    assert G.nodes[JAHANGIR] == sample_graph.nodes[JAHANGIR]
    assert G.nodes[ARTICLE_1]["name"] == "Adviser and envoy discuss border work"
    [met] = [d for d in G[JAHANGIR][IMRAN].values() if d["sources"] == 2]
    assert met["evidence"][1] == "উপদেষ্টা ও রাষ্ট্রদূত সীমান্ত টহল নিয়ে কথা বলেন।"
    assert met["topics"] == ["border_security"]
    offered = G.edges["country:EU", "country:BGD", "OFFERED"]
    assert offered["date"] is None and offered["type"] == "OFFERED"


def test_rows_of_a_cypher_query_on_the_store_become_a_graph(stored_sample):
    rows = stored_sample.query("MATCH (a:Official)-[r:REQUESTED]->(b:Country) RETURN a, r, b")
    G = from_query_rows(rows)
    assert list(G.edges(keys=True)) == [(JAHANGIR, "country:EU", "REQUESTED")]
    assert G.nodes["country:EU"]["aliases"] == ["EU"]
    paths = stored_sample.query(
        "MATCH p = (:Country {id: $id})<-[:SERVES]-(:Official) RETURN p", {"id": "country:PAK"}
    )
    assert list(from_query_rows(paths).edges(keys=True)) == [(IMRAN, "country:PAK", "SERVES")]
    alone = stored_sample.query("MATCH (:Country)-[r:OFFERED]->(:Country) RETURN r")
    G = from_query_rows(alone)
    assert list(G.edges(keys=True)) == [("country:EU", "country:BGD", "OFFERED")]
    assert G.nodes["country:EU"]["label"] == "Country"


def test_a_view_keeps_the_articles_its_evidence_comes_from(sample_graph):
    view = select(sample_graph, center=IMRAN)
    assert ARTICLE_1 not in view
    assert view.graph["articles"][ARTICLE_1]["url"] == "https://news.example/a1"
    again = select(view, topic="border_security")
    assert again.graph["articles"][ARTICLE_1]["title"] == "Adviser and envoy discuss border work"


def test_extractions_written_by_the_writer_read_back_in_the_contract_form(falkor_store):
    from diplograph.graph.cypher import write_extractions
    from diplograph.loaders.model import Article, Entity, Extraction, Relation

    adviser = Entity(
        "official:jhngr", "Official", "Jahangir Alam", ["জাহাঙ্গীর আলম"], "Bangladesh", "Adviser"
    )
    bangladesh = Entity("country:BGD", "Country", "Bangladesh", [], "Bangladesh")
    eu = Entity("country:EU", "Country", "European Union", ["EU"], "European Union")
    topic = Entity("topic:trade", "Topic", "trade")
    reports = [
        Extraction(
            Article(text, title=f"Report {n}", date="2025-11-18"),
            [adviser, bangladesh, eu, topic],
            [Relation("MET", "official:jhngr", "country:EU", ["trade"], "2025-11-18", text)],
        )
        for n, text in enumerate(["The adviser met the envoy.", "Envoy and adviser met today."])
    ]
    write_extractions(falkor_store, reports)
    G = to_networkx(falkor_store)
    [(u, v, key, met)] = [e for e in G.edges(keys=True, data=True) if e[2] == "MET"]
    assert (key, met["type"], met["sources"], met["topics"]) == ("MET", "MET", 2, ["trade"])
    assert met["evidence"] == [r.relations[0].evidence for r in reports]
    assert met["articles"] == [r.article.id for r in reports]
    assert G.nodes["official:jhngr"]["label"] == "Official"
    assert "জাহাঙ্গীর আলম" in G.nodes["official:jhngr"]["aliases"]
    assert G.nodes[reports[0].article.id]["name"] == "Report 0"
    assert G.has_edge("official:jhngr", "country:BGD", "SERVES")
    assert select(G, country="Bangladesh", topic="trade").has_edge(u, v, "MET")
