"""The writer on a real store: a node per entity, a relationship per event, reloads idempotent."""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

import pytest
from diplograph.graph.cypher import batch_sizes, clear, count_graph, write_extractions
from diplograph.loaders.model import Article, Entity, Extraction, Relation

MET_QUERY = (
    "MATCH (a)-[r:MET]->(b) RETURN a.id AS source, b.id AS target, r.date AS date, "
    "r.articles AS articles, r.evidence AS evidence, r.sources AS sources, r.topics AS topics "
    "ORDER BY date"
)


def snapshot(store) -> list[dict]:
    """Every node and relationship with all its properties, in a stable order."""
    nodes = store.query("MATCH (n) RETURN n ORDER BY n.id")
    rels = store.query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, r, b.id AS b "
        "ORDER BY a, type(r), b, coalesce(r.date, '')"
    )
    return nodes + rels


def test_writing_creates_a_node_per_entity_and_a_relationship_per_event(store, articles):
    write_extractions(store, articles)
    counts = count_graph(store)
    assert counts["nodes"] == {"Country": 3, "Official": 2, "Agency": 2, "Topic": 2, "Article": 3}
    assert counts["relationships"] == {
        "MET": 2,
        "REQUESTED": 1,
        "AGREED": 2,
        "OFFERED": 1,
        "SERVES": 2,
        "MEMBER_OF": 1,
        "PART_OF": 1,
        "MENTIONS": 7 + 5 + 4,
    }


def test_reloading_an_article_changes_nothing(store, articles):
    write_extractions(store, articles)
    before = snapshot(store)
    write_extractions(store, articles)
    write_extractions(store, articles[1:2])
    assert snapshot(store) == before


def test_an_event_reported_by_two_articles_is_one_relationship_with_both_evidences(store, articles):
    first, second, _ = articles
    write_extractions(store, [first])
    write_extractions(store, [second])  # a later load: the relationship is found in the store
    meeting = store.query(MET_QUERY)[-1]
    assert meeting["date"] == "2025-03-10"
    assert meeting["sources"] == 2
    assert meeting["articles"] == [first.article.id, second.article.id]
    assert meeting["evidence"] == [first.relations[0].evidence, second.relations[0].evidence]


def test_a_stored_event_gains_the_topics_its_article_gives_it_later(store, articles):
    first, _, _ = articles
    write_extractions(store, [first])
    met = first.relations[0]
    again = replace(first, relations=[replace(met, topics=[*met.topics, "energy"])])
    write_extractions(store, [again])
    meeting = store.query(MET_QUERY)[-1]
    assert meeting["topics"] == ["trade", "energy"]
    assert meeting["articles"] == [first.article.id] and meeting["sources"] == 1


def test_a_meeting_reported_the_other_way_round_joins_the_stored_one(store, articles):
    first, second, _ = articles
    write_extractions(store, [first, second])
    meeting = store.query(MET_QUERY)[-1]
    # Stored the way it was first reported (Rina Das -> Hari Thapa), reported B->A later.
    assert (meeting["source"], meeting["target"]) == ("official:rina-das", "official:hari-thapa")
    assert meeting["sources"] == 2


def test_the_same_pair_on_different_dates_gives_two_relationships(store, articles):
    write_extractions(store, articles[:2])
    assert [row["date"] for row in store.query(MET_QUERY)] == ["2024-12-01", "2025-03-10"]


def test_aliases_are_unioned_across_articles_and_scripts(store, articles):
    write_extractions(store, articles[:1])
    write_extractions(store, articles[1:2])
    (row,) = store.query(
        "MATCH (o:Official {id: $id}) RETURN o.aliases AS aliases", {"id": "official:rina-das"}
    )
    assert row["aliases"] == ["Rina Das", "Ms Rina Das", "রিনা দাস"]


def test_values_are_stored_verbatim_and_never_run_as_cypher(store):
    hostile = 'O\'Brien "Jr" }) DETACH DELETE n //'
    keep = Entity("country:BGD", "Country", "Bangladesh")
    person = Entity("official:obrien", "Official", hostile, [hostile + " \\ `x`"], "Bangladesh")
    said = 'He said: "\'}) MATCH (n) DETACH DELETE n //" and left.\n'
    extraction = Extraction(
        Article("text"), [keep, person], [Relation("OFFERED", person.id, keep.id, [], None, said)]
    )
    write_extractions(store, [extraction])
    write_extractions(store, [extraction])
    (row,) = store.query(
        "MATCH (o:Official)-[r:OFFERED]->(c:Country) RETURN o.name AS name, o.aliases AS aliases, "
        "r.evidence AS evidence, c.name AS country"
    )
    assert row == {
        "name": hostile,
        "aliases": [hostile, hostile + " \\ `x`"],
        "evidence": [said],
        "country": "Bangladesh",
    }
    assert sum(count_graph(store)["nodes"].values()) == 3


def test_clear_removes_every_node_and_relationship(store, articles):
    write_extractions(store, articles)
    clear(store)
    counts = count_graph(store)
    assert set(counts["nodes"].values()) == {0}
    assert set(counts["relationships"].values()) == {0}


class Crash(Exception):
    """The writer stopped here, as a killed load would."""


class StoppingStore:
    """The real store, which stops the writer (raises Crash) before its write number
    `stop_before`: what a kill between two statements leaves in the store."""

    def __init__(self, store, stop_before: int) -> None:
        self.store = store
        self.stop_before = stop_before
        self.writes = 0

    def query(self, cypher, params=None, *, write=False):
        if write:
            if self.writes == self.stop_before:
                raise Crash
            self.writes += 1
        return self.store.query(cypher, params, write=write)

    def write_all(self, writes):
        for cypher, params, done in writes:
            self.query(cypher, params, write=True)
            if done is not None:
                done()


def test_a_load_stopped_between_any_two_statements_then_rerun_gives_the_clean_graph(
    store, articles
):
    first, second, third = articles
    write_extractions(store, [first])
    statements = StoppingStore(store, stop_before=-1)  # counts the writes of the second batch
    write_extractions(statements, [second, third])
    clean = snapshot(store)
    assert statements.writes > 10
    for stop_before in range(statements.writes):
        clear(store)
        write_extractions(store, [first])
        with pytest.raises(Crash):
            write_extractions(StoppingStore(store, stop_before), [second, third])
        write_extractions(store, [first])
        write_extractions(store, [second, third])
        assert snapshot(store) == clean, f"stopped before write {stop_before}"


class RowCount:
    """The store, counting the rows each batched statement sends it."""

    def __init__(self, store) -> None:
        self.store, self.rows = store, 0

    def query(self, cypher, params=None, *, write=False):
        self.rows += len((params or {}).get("rows", []))
        return self.store.query(cypher, params, write=write)

    def write_all(self, writes):
        def counted():
            for cypher, params, done in writes:
                self.rows += len(params["rows"])
                yield cypher, params, done

        self.store.write_all(counted())


def test_adding_an_article_to_a_large_graph_sends_only_the_articles_rows(store, generated):
    write_extractions(store, [generated(n) for n in range(80)])
    into_large = RowCount(store)
    write_extractions(into_large, [generated(80)])
    clear(store)
    alone = RowCount(store)
    write_extractions(alone, [generated(80)])
    # Events already stored take the same statement as new ones: the same rows.
    assert alone.rows == into_large.rows


def test_counts_list_every_schema_name_and_labels_from_outside_it(store, articles):
    write_extractions(store, articles)
    store.query("CREATE (:Note {id: 'note:1'})-[:CITES]->(:Note {id: 'note:2'})", write=True)
    counts = count_graph(store)
    assert counts["nodes"]["Note"] == 2 and counts["nodes"]["Country"] == 3
    assert counts["relationships"]["CITES"] == 1 and counts["relationships"]["MET"] == 2
    total = store.query("MATCH (n) RETURN count(n) AS n")[0]["n"]
    assert sum(counts["nodes"].values()) == total


def test_a_long_load_is_written_in_batches_as_the_extractions_come(store, generated):
    pulled: list[int] = []

    def extractions():
        for number in range(23):
            pulled.append(number)
            yield generated(number)

    stored_when_told: list[tuple[int, int, int]] = []

    def told(size: int) -> None:
        articles = count_graph(store)["nodes"]["Article"]
        stored_when_told.append((size, articles, len(pulled)))

    written = write_extractions(store, extractions(), batch=5, progress=told)

    assert written == 23
    assert [size for size, _, _ in stored_when_told] == [5, 5, 5, 5, 3]
    told = 0
    for size, stored, _ in stored_when_told:
        told += size
        # Each batch is in the store when it is reported (the next ones may be
        # too: the embedded store runs statements sent ahead while it reports).
        assert stored >= told
    # The first batch was stored before the last extractions were read: the
    # load reads ahead by the statements it sends ahead, not the whole input.
    assert stored_when_told[0][2] < 23
    clean = snapshot(store)
    clear(store)
    write_extractions(store, [generated(number) for number in range(23)])
    assert snapshot(store) == clean, "batches store what one write of everything stores"


def test_a_load_starts_with_a_small_batch_and_doubles_it_up_to_the_batch_size():
    assert list(islice(batch_sizes(5_000), 7)) == [250, 500, 1_000, 2_000, 4_000, 5_000, 5_000]
    assert list(islice(batch_sizes(5), 3)) == [5, 5, 5]


def test_a_load_in_small_batches_gives_the_graph_of_one_batch(store, generated):
    # Generated articles report the same entities and events again, so later
    # batches complete the nodes and relationships earlier ones stored.
    reports = [generated(n % 17) for n in range(40)]
    write_extractions(store, reports)
    whole = snapshot(store)
    clear(store)
    write_extractions(store, reports, batch=3)
    assert snapshot(store) == whole
