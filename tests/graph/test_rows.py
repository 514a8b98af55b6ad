"""Extractions become one node row per entity and one interaction row per event."""

from __future__ import annotations

import pytest
from diplograph.graph.rows import event_key, to_rows
from diplograph.loaders.model import Article, Entity, Extraction, Relation

BGD = Entity("country:BGD", "Country", "Bangladesh", ["বাংলাদেশ"], "Bangladesh")
NPL = Entity("country:NPL", "Country", "Nepal", [], "Nepal")
RINA = Entity("official:rina-das", "Official", "Rina Das", ["Ms Rina Das"], "Bangladesh")


def report(text: str, *relations: Relation, entities=(BGD, NPL, RINA)) -> Extraction:
    return Extraction(Article(text), list(entities), list(relations))


def interactions(rows) -> list[dict]:
    return [row for group in rows.interactions.values() for row in group]


def test_an_entity_named_by_two_articles_is_one_node_with_every_name():
    bengali = Entity("official:rina-das", "Official", "Rina Das", ["রিনা দাস"], "Bangladesh")
    rows = to_rows([report("one"), report("two", entities=[bengali])])
    (official,) = rows.nodes["Official"]
    assert official["aliases"] == ["Rina Das", "Ms Rina Das", "রিনা দাস"]
    assert official["country"] == "Bangladesh"


def test_an_event_reported_by_two_articles_is_one_row_with_both_sentences():
    met = Relation("MET", BGD.id, NPL.id, ["trade"], "2025-01-05", "They met.")
    rows = to_rows([report("one", met), report("two", met)])
    (event,) = interactions(rows)
    assert event["articles"] == [Article("one").id, Article("two").id]
    assert event["evidence"] == ["They met.", "They met."]


def test_a_symmetric_event_reported_either_way_round_is_one_event():
    forward = Relation("MET", BGD.id, NPL.id, [], "2025-01-05", "Bangladesh met Nepal.")
    backward = Relation("MET", NPL.id, BGD.id, ["energy"], "2025-01-05", "Nepal met Bangladesh.")
    (event,) = interactions(to_rows([report("one", forward), report("two", backward)]))
    assert (event["source"], event["target"]) == (BGD.id, NPL.id)
    assert event["topics"] == ["energy"]


def test_a_request_the_other_way_round_is_another_event():
    asked = Relation("REQUESTED", BGD.id, NPL.id, [], None, "Bangladesh asked Nepal.")
    asked_back = Relation("REQUESTED", NPL.id, BGD.id, [], None, "Nepal asked Bangladesh.")
    assert len(interactions(to_rows([report("one", asked, asked_back)]))) == 2


def test_the_same_pair_on_two_dates_is_two_events():
    first = Relation("AGREED", BGD.id, NPL.id, [], "2024-05-01", "They agreed.")
    again = Relation("AGREED", BGD.id, NPL.id, [], "2025-05-01", "They agreed again.")
    assert len(interactions(to_rows([report("one", first), report("two", again)]))) == 2


def test_an_article_reporting_an_event_twice_counts_once_with_its_first_sentence():
    met = Relation("MET", BGD.id, NPL.id, [], None, "They met.")
    said_again = Relation("MET", BGD.id, NPL.id, [], None, "The meeting was cordial.")
    (event,) = interactions(to_rows([report("one", met, said_again)]))
    assert event["evidence"] == ["They met."]


def test_event_keys_sort_the_ends_of_symmetric_types_only():
    assert event_key("MET", "b", "a", None) == event_key("MET", "a", "b", None) == "MET|a|b|"
    assert event_key("OFFERED", "b", "a", "2025-01-01") == "OFFERED|b|a|2025-01-01"


def test_structural_edges_follow_the_entities_fields():
    agency = Entity("agency:bgd:mofa", "Agency", "Ministry of Foreign Affairs", [], "Bangladesh")
    official = Entity(
        "official:rina-das", "Official", "Rina Das", [], "Bangladesh", agency=agency.id
    )
    rows = to_rows([report("one", entities=[BGD, agency, official])])
    edges = {
        (rel_type, edge["source"], edge["target"])
        for (rel_type, _, _), group in rows.structural.items()
        for edge in group
    }
    assert edges == {
        ("SERVES", official.id, "Bangladesh"),
        ("MEMBER_OF", official.id, agency.id),
        ("PART_OF", agency.id, "Bangladesh"),
    }


def test_mentions_are_one_row_per_article_and_label_with_each_entity_once():
    first = report("one", entities=[BGD, NPL, RINA, BGD])
    second = report("two", entities=[RINA])
    rows = to_rows([first, second])
    assert rows.mentions == {
        ("MENTIONS", "Article", "Country"): [
            {"source": first.article.id, "targets": [BGD.id, NPL.id]}
        ],
        ("MENTIONS", "Article", "Official"): [
            {"source": first.article.id, "targets": [RINA.id]},
            {"source": second.article.id, "targets": [RINA.id]},
        ],
    }


def test_an_unknown_relationship_type_is_refused():
    with pytest.raises(ValueError, match="unknown relationship type"):
        to_rows([report("one", Relation("ATTACKED", BGD.id, NPL.id))])


def test_an_unknown_entity_type_is_refused():
    with pytest.raises(ValueError, match="unknown node label"):
        to_rows([report("one", entities=[Entity("x:1", "Person", "Someone")])])
