"""Every named query runs on a real store and returns what it promises for a small graph."""

from __future__ import annotations

import pytest
from diplograph.graph.cypher import write_extractions
from diplograph.queries.library import get_query, list_queries, parse_query, run_query

from diplograph.errors import UsageError

BGD, NPL, BTN = "country:BGD", "country:NPL", "country:BTN"
RINA, HARI = "official:rina-das", "official:hari-thapa"
IOM = "agency:int:international-organization-for-migration"


@pytest.fixture
def graph(store, articles):
    write_extractions(store, articles)
    return store


def edges(rows: list[dict]) -> list[tuple]:
    return [(row["source"], row["type"], row["target"], row["date"]) for row in rows]


def test_the_library_has_the_promised_queries_each_with_a_description():
    names = {q.name for q in list_queries()}
    assert names >= {
        "between_countries",
        "official_activity",
        "requests_to_country",
        "agreements_on_topic",
        "country_partners",
        "pair_timeline",
        "ego_network",
    }
    assert all(q.description and q.params for q in list_queries())
    assert list(get_query("ego_network").params) == ["entity", "hops", "limit"]
    assert get_query("ego_network").defaults == {"limit": 1000}


def test_between_countries_counts_their_officials_and_agencies(graph):
    rows = run_query(graph, "between_countries", {"a": "Bangladesh", "b": "nepal"})
    assert edges(rows) == [
        (BGD, "AGREED", NPL, "2025-03-10"),
        (RINA, "MET", HARI, "2025-03-10"),
        (HARI, "REQUESTED", BGD, "2025-03-10"),
        (RINA, "MET", HARI, "2024-12-01"),
    ]
    assert rows[1]["sources"] == 2
    assert rows[1]["source_name"] == "Rina Das"


def test_entities_are_found_by_id_name_or_alias_in_any_case(graph):
    by_id = run_query(graph, "between_countries", {"a": BGD, "b": NPL})
    by_alias = run_query(graph, "between_countries", {"a": "বাংলাদেশ", "b": "NEPAL"})
    assert by_id == by_alias
    assert len(by_id) == 4


def test_official_activity_lists_what_the_official_did_oldest_first(graph):
    rows = run_query(graph, "official_activity", {"official": "ms rina das"})
    assert edges(rows) == [(RINA, "MET", HARI, "2024-12-01"), (RINA, "MET", HARI, "2025-03-10")]


def test_requests_to_country_include_requests_to_its_officials(graph):
    rows = run_query(graph, "requests_to_country", {"country": "Bangladesh"})
    assert edges(rows) == [(HARI, "REQUESTED", BGD, "2025-03-10")]
    assert rows[0]["evidence"] == ["Hari Thapa asked Bangladesh to buy more hydropower."]
    assert run_query(graph, "requests_to_country", {"country": "Nepal"}) == []


@pytest.mark.parametrize("topic", ["trade", "topic:trade", "Commerce"])
def test_agreements_on_topic_by_id_name_or_alias(graph, topic):
    rows = run_query(graph, "agreements_on_topic", {"topic": topic})
    assert edges(rows) == [(BTN, "AGREED", BGD, "2025-02-01")]


def test_country_partners_are_ranked_by_interactions(graph):
    rows = run_query(graph, "country_partners", {"country": "Bangladesh"})
    ranked = [(row["id"], row["interactions"], sorted(row["types"])) for row in rows]
    assert ranked == [
        (NPL, 4, ["AGREED", "MET", "REQUESTED"]),
        (BTN, 1, ["AGREED"]),
        (IOM, 1, ["OFFERED"]),
    ]
    assert all(type(row["interactions"]) is int for row in rows)  # a count, not 4.0


def test_pair_timeline_has_one_row_per_date_oldest_first(graph):
    rows = run_query(graph, "pair_timeline", {"a": "Nepal", "b": "Bangladesh"})
    assert [(row["date"], row["interactions"]) for row in rows] == [
        ("2024-12-01", 1),
        ("2025-03-10", 3),
    ]
    assert rows[0]["events"] == ["MET: Rina Das -> Hari Thapa"]


def test_ego_network_grows_with_hops(graph):
    one = run_query(graph, "ego_network", {"entity": "Hari Thapa", "hops": 1})
    assert {(r["source"], r["type"], r["target"]) for r in one} == {
        (RINA, "MET", HARI),
        (HARI, "REQUESTED", BGD),
        (HARI, "SERVES", NPL),
    }
    assert len(one) == 4  # the two meetings on different dates
    two = {
        (r["source"], r["type"], r["target"])
        for r in run_query(graph, "ego_network", {"entity": HARI, "hops": 2})
    }
    assert (BTN, "AGREED", BGD) in two
    assert (IOM, "OFFERED", BGD) in two
    assert (BGD, "AGREED", NPL) in two


def test_a_limit_keeps_the_newest_rows_in_the_same_order(graph):
    every = run_query(graph, "between_countries", {"a": "Bangladesh", "b": "Nepal"})
    two = run_query(graph, "between_countries", {"a": "Bangladesh", "b": "Nepal", "limit": 2})
    assert two == every[:2]
    newest = run_query(graph, "official_activity", {"official": RINA, "limit": 1})
    assert edges(newest) == [(RINA, "MET", HARI, "2025-03-10")]
    assert run_query(graph, "requests_to_country", {"country": BGD, "limit": 0}) == []
    assert run_query(graph, "agreements_on_topic", {"topic": "trade", "limit": 0}) == []


def test_a_limited_ego_network_keeps_the_nearest_relationships(graph):
    one = run_query(graph, "ego_network", {"entity": HARI, "hops": 1})
    two = run_query(graph, "ego_network", {"entity": HARI, "hops": 2})
    assert len(two) > len(one)
    cut = run_query(graph, "ego_network", {"entity": HARI, "hops": 2, "limit": len(one)})
    assert cut == one


def test_a_default_for_an_undeclared_parameter_is_refused():
    text = "// name: q\n// params: a (x)\n// defaults: b=3\nRETURN $a"
    with pytest.raises(ValueError, match="default for b"):
        parse_query(text, "q.cypher")


def test_an_unknown_query_name_lists_the_known_ones(store):
    with pytest.raises(UsageError, match="between_countries"):
        run_query(store, "who_met_whom", {})


def test_a_missing_parameter_is_named(store):
    with pytest.raises(UsageError, match=r"needs b \(country"):
        run_query(store, "between_countries", {"a": "Bangladesh"})


def test_an_unknown_parameter_is_refused(store):
    with pytest.raises(UsageError, match="takes no parameter country"):
        run_query(store, "ego_network", {"entity": "x", "hops": 1, "country": "y"})


def test_a_hostile_parameter_is_only_a_value(graph):
    before = graph.query("MATCH (n) RETURN count(n) AS n")
    hostile = "x\"}) DETACH DELETE n //' MATCH (n) DETACH DELETE n"
    assert run_query(graph, "official_activity", {"official": hostile}) == []
    assert graph.query("MATCH (n) RETURN count(n) AS n") == before
