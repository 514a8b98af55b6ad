"""The stores themselves: read-only enforced by the database, result shapes, and the life
of the embedded server (persistence, no process left behind, one server per data dir)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from diplograph.graph.schema import INTERACTION_TYPES, NODE_LABELS
from diplograph.graph.store import open_store
from diplograph.graph.store_falkor import PID_FILE, SOCKET_FILE, FalkorStore, servers_using
from diplograph.queries.library import get_query

from diplograph.config import Settings
from diplograph.errors import StoreError


def is_alive(pid: int) -> bool:
    try:
        return b"redis-server" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def test_a_read_only_query_cannot_write(store):
    with pytest.raises(StoreError) as refused:
        store.query("CREATE (:Country {id: 'country:XXX'})")
    assert "read" in str(refused.value)  # read-only (FalkorDB), read access mode (Neo4j)
    assert store.query("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


def test_nodes_relationships_and_paths_come_back_as_plain_dicts(store):
    store.query(
        "CREATE (:Country {id: 'country:BGD', name: 'Bangladesh'})"
        "-[:MET {date: '2025-01-01'}]->(:Country {id: 'country:NPL', name: 'Nepal'})",
        write=True,
    )
    (row,) = store.query("MATCH p = (a)-[r]->(b) RETURN a, r, p")
    bangladesh = {"id": "country:BGD", "name": "Bangladesh", "_labels": ["Country"]}
    nepal = {"id": "country:NPL", "name": "Nepal", "_labels": ["Country"]}
    met = {"date": "2025-01-01", "_type": "MET", "_start": "country:BGD", "_end": "country:NPL"}
    assert row == {
        "a": bangladesh,
        "r": met,
        "p": {"nodes": [bangladesh, nepal], "relationships": [met]},
    }
    # A relationship returned without its ends still names them.
    assert store.query("MATCH ()-[r]->() RETURN r") == [{"r": met}]


def test_ensuring_the_schema_again_is_harmless(store):
    store.ensure_schema()
    store.query("CREATE (:Country {id: 'country:BGD'})", write=True)
    with pytest.raises(StoreError):
        store.query("CREATE (:Country {id: 'country:BGD'})", write=True)


def test_the_embedded_store_indexes_ids_names_event_keys_and_topics(settings):
    with FalkorStore(settings) as store:
        store.ensure_schema()
        rows = store.query("CALL db.indexes() YIELD label, properties RETURN label, properties")
        indexed = {(row["label"], prop) for row in rows for prop in row["properties"]}
        for label in NODE_LABELS:
            assert {(label, "id"), (label, "name")} <= indexed
        for rel_type in INTERACTION_TYPES:
            assert {(rel_type, "event_key"), (rel_type, "topics")} <= indexed
        # Agreements on a topic are found through the index, not by reading every list.
        query = get_query("agreements_on_topic")
        plan = store._graph.explain(query.cypher, query.defaults | {"topic": "x"})
        assert "Edge By Index Scan | [r:AGREED]" in str(plan)


def test_data_survives_a_server_restart(settings):
    with open_store(settings) as store:
        store.query("CREATE (:Topic {id: 'topic:trade', name: 'trade'})", write=True)
    with open_store(settings) as store:
        assert store.query("MATCH (t:Topic) RETURN t.name AS name") == [{"name": "trade"}]


def test_no_server_process_is_left_after_close(settings):
    store = FalkorStore(settings)
    pid = store.pid
    assert is_alive(pid)
    store.close()
    assert not is_alive(pid)
    assert not (settings.data_dir / SOCKET_FILE).exists()


def test_a_second_store_on_the_same_data_dir_waits_then_refuses(settings):
    with FalkorStore(settings), pytest.raises(StoreError, match="another diplograph is using"):
        FalkorStore(settings, lock_timeout=0.3)


def test_a_stale_socket_and_pid_file_are_removed(settings):
    settings.data_dir.mkdir(mode=0o700)
    (settings.data_dir / SOCKET_FILE).write_text("left by a crash")
    dead = subprocess.Popen(["true"])
    dead.wait()
    (settings.data_dir / PID_FILE).write_text(f"{dead.pid}\n")
    with FalkorStore(settings) as store:
        assert store.query("RETURN 1 AS one") == [{"one": 1}]


def test_a_server_left_by_a_killed_diplograph_is_stopped_and_its_data_kept(
    settings, leave_orphan_server
):
    orphan = leave_orphan_server(settings.data_dir)
    assert is_alive(orphan)
    with FalkorStore(settings) as store:
        assert not is_alive(orphan)
        assert store.query("MATCH (t:Topic) RETURN t.id AS id") == [{"id": "topic:water"}]


def test_an_unusable_data_dir_is_a_store_error(tmp_path):
    occupied = tmp_path / "a-file"
    occupied.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot use"):
        FalkorStore(Settings(data_dir=occupied))


def test_a_new_data_dir_is_private(settings):
    with FalkorStore(settings):
        assert settings.data_dir.stat().st_mode & 0o777 == 0o700


def test_an_unknown_store_name_is_refused(settings):
    unknown = Settings(store="sqlite", data_dir=settings.data_dir)
    with pytest.raises(StoreError, match="unknown store 'sqlite'"), open_store(unknown):
        pass


def test_an_unreachable_neo4j_is_a_store_error_that_hides_the_password():
    secret = "s3cret-pa55"
    settings = Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:9", neo4j_password=secret)
    with pytest.raises(StoreError) as failed, open_store(settings):
        pass
    assert "bolt://127.0.0.1:9" in str(failed.value)
    assert secret not in str(failed.value)


def test_a_store_never_closed_stops_its_server_when_python_exits(settings):
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from diplograph.config import Settings
        from diplograph.graph.store_falkor import FalkorStore
        store = FalkorStore(Settings(data_dir=Path({str(settings.data_dir)!r})))
        print(store.pid)
        """
    )
    finished = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert not is_alive(int(finished.stdout))


# A store that cannot be reached or used: what the user sees from the command line.

DIPLOGRAPH = Path(sys.executable).parent / "diplograph"
SECRET = "s3cret-pa55word"


def diplograph(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The console script run as a user runs it, with these environment variables added."""
    return subprocess.run(
        [str(DIPLOGRAPH), *args], capture_output=True, text=True, env={**os.environ, **env}
    )


def one_error_line(finished: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed command printed on stderr, after checking it failed with 2."""
    assert finished.returncode == 2, finished.stderr
    (line,) = finished.stderr.strip().splitlines()
    assert line.startswith("error: ")
    return line


@pytest.mark.parametrize(
    "uri", ["bolt://127.0.0.1:1", f"bolt://neo4j:{SECRET}@127.0.0.1:1", "http://127.0.0.1:1"]
)
def test_an_unreachable_neo4j_is_one_line_without_the_password(uri):
    finished = diplograph("stats", "--store", "neo4j", NEO4J_URI=uri, NEO4J_PASSWORD=SECRET)
    line = one_error_line(finished)
    assert "127.0.0.1:1" in line
    assert SECRET not in finished.stdout + finished.stderr


@pytest.mark.skipif(not os.environ.get("NEO4J_URI"), reason="NEO4J_URI is not set")
def test_a_wrong_neo4j_password_is_one_line_without_the_password():
    finished = diplograph("stats", "--store", "neo4j", NEO4J_PASSWORD=SECRET)
    line = one_error_line(finished)
    assert "refused the credentials" in line
    assert SECRET not in finished.stdout + finished.stderr


def occupied_by_a_file(data_dir: Path) -> Path:
    data_dir.write_text("not a directory")
    return data_dir


def under_a_file(data_dir: Path) -> Path:
    data_dir.write_text("not a directory")
    return data_dir / "inside"


def lock_file_is_a_folder(data_dir: Path) -> Path:
    (data_dir / "falkordb.lock").mkdir(parents=True)
    return data_dir


def log_folder_is_a_file(data_dir: Path) -> Path:
    data_dir.mkdir()
    (data_dir / "appendonlydir").write_text("in the way")
    return data_dir


@pytest.mark.parametrize(
    "broken", [occupied_by_a_file, under_a_file, lock_file_is_a_folder, log_folder_is_a_file]
)
def test_a_broken_data_dir_is_one_line_naming_it(tmp_path, broken):
    data_dir = broken(tmp_path / "data")
    line = one_error_line(diplograph("stats", "--data-dir", str(data_dir)))
    assert str(tmp_path / "data") in line


def append_only_file(data_dir: Path) -> Path:
    """The file the store appends its writes to."""
    (log,) = (data_dir / "appendonlydir").glob("*.incr.aof")
    return log


def test_a_damaged_append_only_file_is_one_line_and_no_server_is_left(settings):
    with open_store(settings) as store:
        for topic in ("trade", "energy", "water"):
            store.query("CREATE (:Topic {id: $id})", {"id": f"topic:{topic}"}, write=True)
    log = append_only_file(settings.data_dir)
    data = log.read_bytes()
    log.write_bytes(data[: len(data) // 2] + b"\r\nnot a command\r\n" + data[len(data) // 2 :])
    line = one_error_line(diplograph("stats", "--data-dir", str(settings.data_dir)))
    assert "cannot start" in line and "append only file" in line
    assert servers_using(settings.data_dir) == set()


def test_a_write_cut_short_by_a_killed_server_is_dropped_and_the_others_kept(settings):
    with open_store(settings) as store:
        store.query("CREATE (:Topic {id: 'topic:trade'})", write=True)
    # What a server killed in the middle of appending a write leaves at the end of its file.
    with append_only_file(settings.data_dir).open("ab") as log:
        log.write(b"*3\r\n$11\r\nGRAPH.QUERY\r\n$10\r\ndiplograph\r\n$90\r\nCREATE (:To")
    with open_store(settings) as store:
        assert store.query("MATCH (t:Topic) RETURN t.id AS id") == [{"id": "topic:trade"}]


@pytest.mark.parametrize(
    "value",
    [
        'a "quoted" \\ back\\slash \\" and \'single\'',
        "line\nbreak\tand tab",
        "বাংলাদেশ ও নেপাল",
        "`tick` } ) // MATCH (n) DETACH DELETE n",
        ["x", None, 3, 2.5, True, ["nested"]],
        {"key": "value", "list": [1, 2], "none": None},
        # The character the writer marks quotes with while it writes a literal.
        "unit\x1fseparator",
        ["a\x1f", "b"],
        [{"source": "x", "targets": ["y\x1f", 'z "quoted" \\']}],
        {'a "quoted" key': ["b\\", None]},
        # Rows with the same keys, written a column at a time.
        [
            {"none%": None, "n": 1, "s": "x%s", "l": ["a", "b"]},
            {"none%": None, "n": 2, "s": None, "l": []},
        ],
        [{"only": None}, {"only": None}],
        -7,
        False,
        None,
    ],
)
def test_a_parameter_comes_back_as_it_was_sent(settings, value):
    with FalkorStore(settings) as store:
        assert store.query("RETURN $value AS value", {"value": value}) == [{"value": value}]


def test_the_embedded_store_drops_nul_and_refuses_a_backtick_in_a_key(settings):
    with FalkorStore(settings) as store:
        assert store.query("RETURN $v AS v", {"v": ["a\x00b"]}) == [{"v": ["ab"]}]
        with pytest.raises(StoreError, match="cannot take this parameter"):
            store.query("RETURN $v AS v", {"v": {"a`b": 1}})


def test_a_server_that_never_answers_in_time_is_stopped_and_the_graph_opens_later(tmp_path):
    data_dir = tmp_path / "data"
    with FalkorStore(Settings(data_dir=data_dir)) as store:
        store.query("CREATE (:Country {id: 'country:NPL', name: 'Nepal'})", write=True)
    # No server answers in no time: each attempt is stopped, none is left running.
    with pytest.raises(StoreError, match="did not answer"):
        FalkorStore(Settings(data_dir=data_dir), start_timeout=0.0)
    assert not servers_using(data_dir)
    with FalkorStore(Settings(data_dir=data_dir)) as store:
        assert store.query("MATCH (c:Country) RETURN c.name AS name") == [{"name": "Nepal"}]


def test_writes_run_in_order_and_each_is_reported_once_stored(store):
    seen: list[tuple[int, list]] = []

    def told(number: int):
        def done() -> None:
            rows = store.query("MATCH (t:Topic) RETURN t.id AS id ORDER BY id")
            seen.append((number, [row["id"] for row in rows]))

        return done

    writes = [
        ("CREATE (:Topic {id: $id})", {"id": "topic:a"}, told(0)),
        ("MATCH (t:Topic {id: 'topic:a'}) SET t.id = $id", {"id": "topic:b"}, None),
        ("CREATE (:Topic {id: $id})", {"id": "topic:c"}, told(2)),
    ]
    store.write_all(iter(writes))
    # Each callback ran once its write was stored, in order (later writes may be
    # stored by then too: the embedded store sends writes ahead).
    assert [number for number, _ in seen] == [0, 2]
    assert "topic:a" in seen[0][1] or "topic:b" in seen[0][1]
    assert seen[1][1] == ["topic:b", "topic:c"]


def test_a_refused_write_stops_the_writes_and_the_store_still_answers(store):
    writes = [
        ("CREATE (:Topic {id: $id})", {"id": "topic:a"}, None),
        ("CREATE (:Topic {id: $id}", {"id": "topic:broken"}, None),
        ("CREATE (:Topic {id: $id})", {"id": "topic:c"}, None),
    ]
    with pytest.raises(StoreError):
        store.write_all(iter(writes))
    ids = [row["id"] for row in store.query("MATCH (t:Topic) RETURN t.id AS id ORDER BY id")]
    assert ids[0] == "topic:a" and "topic:broken" not in ids


def test_an_error_making_the_writes_leaves_the_store_answering(store):
    def writes():
        yield "CREATE (:Topic {id: $id})", {"id": "topic:a"}, None
        raise ValueError("no more")

    with pytest.raises(ValueError, match="no more"):
        store.write_all(writes())
    assert store.query("MATCH (t:Topic) RETURN t.id AS id") == [{"id": "topic:a"}]


def test_writes_sent_before_their_producer_fails_are_stored_and_reported(store):
    reported: list[str] = []

    def writes():
        for name in ("a", "b", "c"):  # fewer than are sent ahead of their answers
            yield (
                "CREATE (:Topic {id: $id})",
                {"id": f"topic:{name}"},
                lambda n=name: reported.append(n),
            )
        raise ValueError("no more")

    with pytest.raises(ValueError, match="no more"):
        store.write_all(writes())
    assert reported == ["a", "b", "c"]
    ids = store.query("MATCH (t:Topic) RETURN t.id AS id ORDER BY id")
    assert ids == [{"id": "topic:a"}, {"id": "topic:b"}, {"id": "topic:c"}]


def test_the_embedded_server_leaves_its_log_to_be_compacted_on_close(settings):
    # Rewriting the log forks the server and writes the graph: the default (past
    # 64 MB) would do it several times in one large load.
    with FalkorStore(settings) as store:
        limit = store._db.connection.config_get("auto-aof-rewrite-min-size")
    assert int(limit["auto-aof-rewrite-min-size"]) >= 2**30


def test_writes_to_a_server_that_stopped_are_a_store_error(settings):
    with FalkorStore(settings) as store:
        store.query("RETURN 1")
        os.kill(store.pid, signal.SIGKILL)
        while is_alive(store.pid):
            time.sleep(0.01)
        with pytest.raises(StoreError, match="stopped during the query"):
            store.write_all(iter([("CREATE (:Topic {id: $id})", {"id": "topic:a"}, None)]))
