"""A large graph reopens fast: closing the embedded store compacts its log of
write queries into a snapshot, with nothing lost."""

from diplograph.graph import store_falkor
from diplograph.graph.cypher import count_graph, write_extractions
from diplograph.graph.store_falkor import FalkorStore


def test_closing_compacts_the_write_log_and_the_graph_comes_back_whole(
    settings, generated, monkeypatch
):
    # A small threshold stands for "a large load" so the test stays quick.
    monkeypatch.setattr(store_falkor, "COMPACT_LOG_BYTES", 10_000)
    with FalkorStore(settings) as store:
        write_extractions(store, [generated(n) for n in range(60)])
        before = count_graph(store)
        events = store.query("MATCH ()-[r:MET]->() RETURN r.event_key AS k ORDER BY k")
    log = settings.data_dir / "appendonlydir"
    assert sum(f.stat().st_size for f in log.glob("*.incr.aof")) < 10_000
    assert any(f.stat().st_size > 10_000 for f in log.glob("*.base.rdb"))
    with FalkorStore(settings) as store:
        assert count_graph(store) == before
        assert store.query("MATCH ()-[r:MET]->() RETURN r.event_key AS k ORDER BY k") == events


def test_a_small_log_is_left_as_it_is(settings, generated):
    with FalkorStore(settings) as store:
        write_extractions(store, [generated(1)])
    log = settings.data_dir / "appendonlydir"
    assert sum(f.stat().st_size for f in log.glob("*.incr.aof")) > 0


def test_a_small_load_on_a_larger_snapshot_leaves_the_snapshot_for_later(
    settings, generated, monkeypatch
):
    monkeypatch.setattr(store_falkor, "COMPACT_LOG_BYTES", 1_000)
    with FalkorStore(settings) as store:
        write_extractions(store, [generated(n) for n in range(100)])
    log = settings.data_dir / "appendonlydir"
    (snapshot,) = log.glob("*.base.rdb")
    with FalkorStore(settings) as store:
        write_extractions(store, [generated(100)])
        after = count_graph(store)
    # The log of one article is past COMPACT_LOG_BYTES but not past the snapshot.
    assert 1_000 < sum(f.stat().st_size for f in log.glob("*.incr.aof")) < snapshot.stat().st_size
    assert list(log.glob("*.base.rdb")) == [snapshot]
    with FalkorStore(settings) as store:
        assert count_graph(store) == after
