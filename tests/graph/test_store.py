"""The stores themselves: read-only enforced by the database, result shapes, and the life
of the embedded server (persistence, no process left behind, one server per data dir)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from diplograph.graph.store import open_store
from diplograph.graph.store_falkor import PID_FILE, SOCKET_FILE, FalkorStore

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
    assert "refused" in str(refused.value)
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


def test_a_server_left_by_a_killed_diplograph_is_stopped_and_its_data_kept(settings):
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from diplograph.config import Settings
        from diplograph.graph.store_falkor import FalkorStore
        store = FalkorStore(Settings(data_dir=Path({str(settings.data_dir)!r})))
        store.query("CREATE (:Topic {{id: 'topic:energy'}})", write=True)
        print(store.pid, flush=True)
        sys.stdin.read()
        """
    )
    crashed = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    orphan = int(crashed.stdout.readline())
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.wait()
    assert is_alive(orphan)
    with FalkorStore(settings) as store:
        assert not is_alive(orphan)
        assert store.query("MATCH (t:Topic) RETURN t.id AS id") == [{"id": "topic:energy"}]


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
