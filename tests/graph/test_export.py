from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from diplograph.graph.export import (
    EXPORTERS,
    cypher_literal,
    write_csv,
    write_cypher,
    write_gexf,
    write_graphml,
    write_json,
)
from diplograph.graph.network import add_node, to_networkx

JAHANGIR = "official:jhngr-alm-chdhry"
IMRAN = "official:imrn-hdr"
NASTY = 'O\'Brien \\ "quoted" `tick` }) DETACH DELETE n //\nsecond line\ttab'


def edge_set(G: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, str(k)) for u, v, k in G.edges(keys=True)}


def test_every_format_has_an_exporter():
    assert set(EXPORTERS) == {"graphml", "gexf", "json", "csv", "cypher"}


def test_graphml_reads_back_with_the_same_nodes_edges_and_attributes(sample_graph, tmp_path):
    path = write_graphml(sample_graph, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back) == set(sample_graph)
    assert edge_set(back) == edge_set(sample_graph)
    assert back.nodes[JAHANGIR]["label"] == "Official"
    assert back.nodes[JAHANGIR]["name"] == "Jahangir Alam Chowdhury"
    assert json.loads(back.nodes[JAHANGIR]["aliases"])[1] == "জাহাঙ্গীর আলম চৌধুরী"
    met = back.edges[JAHANGIR, IMRAN, "MET"]
    assert (met["type"], met["date"], met["sources"]) == ("MET", "2025-11-18", 2)
    assert json.loads(met["topics"]) == ["border_security"]
    assert back.edges["country:EU", "country:BGD", "OFFERED"]["date"] == ""


def test_gexf_reads_back_with_names_as_labels_and_types_as_kind(sample_graph, tmp_path):
    path = write_gexf(sample_graph, tmp_path / "g.gexf")
    back = nx.read_gexf(path)
    assert set(back) == set(sample_graph)
    assert edge_set(back) == edge_set(sample_graph)
    assert back.nodes[IMRAN]["label"] == "Imran Haider"
    assert back.nodes[IMRAN]["kind"] == "Official"
    met = back.edges[JAHANGIR, IMRAN, "MET#2"]
    assert (met["kind"], met["label"], met["date"]) == ("MET", "MET", "2025-03-02")
    assert json.loads(met["evidence"]) == ["They had first met in March."]


def test_json_reads_back_identical_lists_included(sample_graph, tmp_path):
    path = write_json(sample_graph, tmp_path / "g.json")
    back = nx.node_link_graph(json.loads(path.read_text("utf-8")), edges="edges")
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(sample_graph.nodes(data=True))
    assert list(back.edges(keys=True, data=True)) == list(sample_graph.edges(keys=True, data=True))


def test_csv_holds_one_row_per_node_and_edge_with_lists_joined(sample_graph, tmp_path):
    folder = write_csv(sample_graph, tmp_path / "csv")
    with (folder / "nodes.csv").open(encoding="utf-8", newline="") as f:
        nodes = {row["id"]: row for row in csv.DictReader(f)}
    with (folder / "edges.csv").open(encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert set(nodes) == set(sample_graph)
    assert nodes[JAHANGIR]["aliases"] == "Md Jahangir Alam Chowdhury | জাহাঙ্গীর আলম চৌধুরী"
    assert nodes["article:00000000000000a1"]["url"] == "https://news.example/a1"
    assert len(edges) == sample_graph.number_of_edges()
    met = next(e for e in edges if e["key"] == "MET")
    assert met["articles"] == "article:00000000000000a1 | article:00000000000000a2"
    assert met["sources"] == "2"


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("plain", "'plain'"),
        ("it's", "'it\\'s'"),
        ("back\\slash", "'back\\\\slash'"),
        ("two\nlines", "'two\\nlines'"),
        (["a", "b'"], "['a', 'b\\'']"),
        (3, "3"),
        (True, "true"),
    ],
)
def test_cypher_literals_are_quoted_and_escaped(value, literal):
    assert cypher_literal(value) == literal


def test_a_node_with_an_unknown_label_is_refused(tmp_path):
    G = nx.MultiDiGraph()
    add_node(G, "x:1", "Person) DETACH DELETE (n", {})
    with pytest.raises(ValueError, match="unknown node label"):
        write_cypher(G, tmp_path / "g.cypher")


def run_script(store, path) -> None:
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("//"):
            store.query(line, write=True)


def test_the_cypher_script_rebuilds_the_graph_in_falkordb(falkor_store, sample_graph, tmp_path):
    add_node(sample_graph, "country:XXX", "Country", {"name": NASTY, "aliases": [NASTY, "ক'খ"]})
    path = write_cypher(sample_graph, tmp_path / "g.cypher")
    run_script(falkor_store, path)
    back = to_networkx(falkor_store)
    assert set(back) == set(sample_graph)
    assert back.number_of_edges() == sample_graph.number_of_edges()
    assert back.nodes["country:XXX"]["name"] == NASTY
    assert back.nodes["country:XXX"]["aliases"] == [NASTY, "ক'খ"]
    met = [d for d in back[JAHANGIR][IMRAN].values() if d["sources"] == 2]
    assert met[0]["evidence"] == sample_graph.edges[JAHANGIR, IMRAN, "MET"]["evidence"]


def test_running_the_cypher_script_twice_adds_nothing(falkor_store, sample_graph, tmp_path):
    path = write_cypher(sample_graph, tmp_path / "g.cypher")
    run_script(falkor_store, path)
    run_script(falkor_store, path)
    back = to_networkx(falkor_store)
    assert back.number_of_nodes() == sample_graph.number_of_nodes()
    assert back.number_of_edges() == sample_graph.number_of_edges()
