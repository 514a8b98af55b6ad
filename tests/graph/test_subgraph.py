from __future__ import annotations

import json

import networkx as nx
import pytest
from diplograph.graph.cypher import write_extractions
from diplograph.graph.network import select, to_networkx
from diplograph.graph.subgraph import read_subgraph

from ..conftest import generated_extraction

VIEWS = [
    {"center": "Rina Das"},
    {"center": "রিনা দাস", "hops": 2},
    {"center": "country:NPL", "hops": 0},
    {"center": "npl"},
    {"center": "Ministry of Commerce"},
    {"center": "Bulletin 3", "hops": 1},
    {"center": "Hari Thapa", "hops": 3, "topic": "energy", "since": "2025-04-01"},
    {"center": "Kenji Sato", "hops": 2, "country": "Bhutan"},
    {"country": "Nepal"},
    {"country": "bangladesh", "topic": "trade"},
    {"country": "ভারত", "until": "2025-06-30", "types": ["Official", "Country"]},
    {"topic": "water"},
]


def edges(G: nx.MultiDiGraph) -> list[str]:
    """Every edge with its attributes, whatever key it got (the order read may differ)."""
    return sorted(json.dumps([u, v, d], sort_keys=True) for u, v, d in G.edges(data=True))


@pytest.fixture
def news(store):
    write_extractions(store, [generated_extraction(n) for n in range(60)])
    return store


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: json.dumps(v, ensure_ascii=False))
def test_reading_a_view_from_the_store_gives_what_selecting_it_from_the_whole_graph_does(
    news, view
):
    expected = select(to_networkx(news), **view)
    got = read_subgraph(news, **view)
    assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True))
    assert edges(got) == edges(expected)
    assert got.graph["articles"] == expected.graph["articles"]
    assert expected.number_of_nodes() > 0


@pytest.mark.parametrize(
    ("view", "error"),
    [
        ({"center": "Nobody Here"}, "no entity named 'Nobody Here'"),
        ({"country": "Atlantis"}, "no country named 'Atlantis'"),
        ({"country": "Rina Das"}, "no country named 'Rina Das'"),
    ],
)
def test_an_unknown_center_or_country_is_the_same_clear_error(news, view, error):
    with pytest.raises(ValueError, match=error):
        select(to_networkx(news), **view)
    with pytest.raises(ValueError, match=error):
        read_subgraph(news, **view)
