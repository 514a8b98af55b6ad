from __future__ import annotations

from collections import Counter

from diplograph.graph.aggregate import (
    NO_COUNTRY,
    Country,
    aggregate_graph,
    aggregate_store,
    count_nodes,
)
from diplograph.graph.cypher import write_extractions
from diplograph.graph.network import add_node, to_networkx


def test_actors_count_for_their_country_and_both_directions_add_up(sample_graph):
    totals = aggregate_graph(sample_graph)
    assert totals.pairs == {
        ("country:BGD", "country:EU"): Counter({"OFFERED": 1, "REQUESTED": 1}),
        ("country:BGD", "country:PAK"): Counter({"MET": 2}),
        (NO_COUNTRY, "country:BGD"): Counter({"AGREED": 1}),
    }
    assert totals.interactions("country:BGD") == 5
    assert totals.countries[NO_COUNTRY] == Country(NO_COUNTRY, NO_COUNTRY)
    assert totals.nodes == sample_graph.number_of_nodes()


def test_an_actor_of_a_country_named_in_another_case_counts_for_it(sample_graph):
    G = sample_graph.copy()
    add_node(G, "official:x", "Official", {"name": "X", "country": "PAKISTAN"})
    G.add_edge("official:x", "country:PAK", key="MET", type="MET")
    assert aggregate_graph(G).within("country:PAK") == 1


def test_the_store_sums_the_same_totals_as_the_graph_read_whole(stored_sample, sample_graph):
    assert aggregate_store(stored_sample) == aggregate_graph(sample_graph)
    assert count_nodes(stored_sample) == sample_graph.number_of_nodes()


def test_the_store_totals_of_loaded_articles_match_on_each_backend(store, articles):
    write_extractions(store, articles)
    totals = aggregate_store(store)
    assert totals == aggregate_graph(to_networkx(store))
    # IOM has no country; Rina Das met Hari Thapa on two dates, and he asked her country.
    assert totals.pairs[NO_COUNTRY, "country:BGD"] == Counter({"OFFERED": 1})
    assert totals.pairs["country:BGD", "country:NPL"] == Counter(
        {"MET": 2, "REQUESTED": 1, "AGREED": 1}
    )
