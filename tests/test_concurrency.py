"""Two commands on one data directory: the second waits for the first (saying so on
stderr), then runs; never a second server on the same files, never a lost or
doubled write. What a crashed command leaves (socket, pid file, a server still
running) is cleared by the next one."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from diplograph.graph.store_falkor import LOCK_FILE, PID_FILE, SOCKET_FILE, servers_using

DIPLOGRAPH = Path(sys.executable).parent / "diplograph"
WAITING = "waiting for another diplograph using"


def hold_the_lock(data_dir: Path):
    """The data directory's lock file, held as a running diplograph holds it."""
    data_dir.mkdir(mode=0o700, exist_ok=True)
    lock = (data_dir / LOCK_FILE).open("a")
    fcntl.flock(lock, fcntl.LOCK_EX)
    return lock


def stats(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(DIPLOGRAPH), "stats", "--format", "json", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
    )


def test_two_loads_at_once_both_complete_and_store_the_union(
    news_loader, make_news_set, fingerprint, data_dir, tmp_path
):
    first = make_news_set("first", range(0, 300))
    second = make_news_set("second", range(200, 500))  # 100 articles in both
    union_dir = tmp_path / "union"
    for news in (first, second):
        subprocess.run(news_loader(news, union_dir), check=True, capture_output=True)

    # Both start while another diplograph holds the directory, and both wait for it;
    # once it lets go they race for the directory themselves.
    lock = hold_the_lock(data_dir)
    loads = [
        subprocess.Popen(
            news_loader(news, data_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for news in (first, second)
    ]
    for load in loads:
        assert WAITING in load.stderr.readline()
    lock.close()
    while any(load.poll() is None for load in loads):
        assert len(servers_using(data_dir)) <= 1, "two servers on the same files"
        time.sleep(0.01)
    for load in loads:
        assert load.returncode == 0, load.stderr.read()
        load.stdout.close()
        load.stderr.close()
    assert fingerprint(data_dir) == fingerprint(union_dir)


def test_a_command_waits_for_the_directory_then_runs(data_dir):
    lock = hold_the_lock(data_dir)
    waiting = subprocess.Popen(
        [str(DIPLOGRAPH), "stats", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = waiting.stderr.readline().strip()
    assert line == f"{WAITING} {data_dir.absolute()} (up to 60 s)"
    assert servers_using(data_dir) == set()  # it waits before starting a server
    lock.close()
    out, err = waiting.communicate()
    assert waiting.returncode == 0, err
    assert "Article" in out


def test_a_stale_socket_and_pid_file_are_cleared_and_a_foreign_pid_is_left_alone(data_dir):
    data_dir.mkdir(mode=0o700)
    # A socket file whose server is gone, as a crash leaves it.
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(data_dir / SOCKET_FILE))
    dead.close()
    # The pid file names a live process that is not a server: the pid was reused.
    bystander = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    (data_dir / PID_FILE).write_text(f"{bystander.pid}\n")
    try:
        finished = stats(data_dir)
        assert finished.returncode == 0, finished.stderr
        assert bystander.poll() is None
    finally:
        bystander.communicate("")
    assert not (data_dir / SOCKET_FILE).exists()
    assert not (data_dir / PID_FILE).exists()


def test_a_server_left_without_its_pid_file_is_found_and_stopped(data_dir, leave_orphan_server):
    orphan = leave_orphan_server(data_dir)
    # As if the command had been killed before its server wrote the pid file.
    (data_dir / PID_FILE).unlink()
    assert servers_using(data_dir) == {orphan}
    finished = stats(data_dir)
    assert finished.returncode == 0, finished.stderr
    assert orphan not in servers_using(data_dir)
    assert {"kind": "node", "name": "Topic", "count": 1} in json.loads(finished.stdout)


def test_a_left_server_that_no_longer_answers_is_killed_and_its_data_kept(
    data_dir, leave_orphan_server
):
    orphan = leave_orphan_server(data_dir)
    os.kill(orphan, signal.SIGSTOP)  # hung: it will not act on SIGTERM
    finished = stats(data_dir)
    assert finished.returncode == 0, finished.stderr
    assert orphan not in servers_using(data_dir)
    assert {"kind": "node", "name": "Topic", "count": 1} in json.loads(finished.stdout)
