"""Nothing lost, nothing doubled: a load killed with SIGKILL at any moment (the loader
itself, or the embedded server under it), then run again, gives exactly the graph
one clean load gives.

The moments are read from the store's own append-only file as it grows (a fraction
of the size a clean load leaves), so a kill lands early, between or inside write
batches, or late, whatever the speed of the machine.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from diplograph.graph.store_falkor import PID_FILE, SOCKET_FILE, servers_using

ARTICLES = 400


@dataclass(frozen=True)
class CleanLoad:
    """The generated articles and what one uninterrupted load of them gives."""

    news: Any  # conftest.NewsSet
    fingerprint: dict[str, Any]
    log_size: int  # bytes of append-only file the load leaves


def log_size(data_dir: Path) -> int:
    """Bytes written to the store's append-only files so far."""
    folder = data_dir / "appendonlydir"
    try:
        return sum(f.stat().st_size for f in folder.iterdir())
    except OSError:  # not created yet, or a file replaced while we look
        return 0


def run_until_killed(
    command: list[str], moment: Callable[[], bool], victim: Callable[[int], int]
) -> subprocess.CompletedProcess[str]:
    """Run `command`; once `moment()` holds, SIGKILL the process `victim(loader pid)` names.

    Returns the loader's outcome: killed, or finished first when the moment never came.
    """
    loader = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    while loader.poll() is None:
        if moment():
            os.kill(victim(loader.pid), signal.SIGKILL)
            break
        time.sleep(0.001)
    out, err = loader.communicate()
    return subprocess.CompletedProcess(command, loader.returncode, out, err)


def the_loader(pid: int) -> int:
    return pid


def grown_past(data_dir: Path, size: int) -> Callable[[], bool]:
    return lambda: log_size(data_dir) >= size


@pytest.fixture(scope="module")
def clean_load(
    news_loader: Callable[..., list[str]],
    make_news_set: Callable[[str, range], Any],
    fingerprint: Callable[[Path], dict[str, Any]],
    tmp_path_factory: pytest.TempPathFactory,
) -> CleanLoad:
    news = make_news_set("crash", range(ARTICLES))
    data_dir = tmp_path_factory.mktemp("clean") / "data"
    finished = subprocess.run(news_loader(news, data_dir), capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    return CleanLoad(news, fingerprint(data_dir), log_size(data_dir))


def test_the_generated_articles_make_a_graph_worth_crashing(clean_load):
    counts = clean_load.fingerprint["counts"]
    assert counts["nodes"]["Article"] == ARTICLES
    reported_twice = [
        e for [e] in clean_load.fingerprint["interactions"].values() if e["sources"] > 1
    ]
    assert len(reported_twice) > 100  # events whose articles span several write batches


@pytest.mark.parametrize(
    "kills",
    [[0.0], [0.5], [0.85], [0.2, 0.6]],
    ids=["starting", "mid-way", "late", "early then mid-way"],
)
def test_a_load_killed_then_run_again_gives_the_clean_graph(
    clean_load, news_loader, fingerprint, data_dir, kills
):
    for fraction in kills:
        if fraction == 0.0:  # as soon as the server is starting, before any article
            moment = (data_dir / PID_FILE).exists
        else:
            moment = grown_past(data_dir, int(clean_load.log_size * fraction))
        killed = run_until_killed(news_loader(clean_load.news, data_dir), moment, the_loader)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
    rerun = subprocess.run(news_loader(clean_load.news, data_dir), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert fingerprint(data_dir) == clean_load.fingerprint
    assert servers_using(data_dir) == set()


def test_a_rerun_after_the_server_itself_was_killed_gives_the_clean_graph(
    clean_load, news_loader, fingerprint, data_dir
):
    def the_server(_: int) -> int:
        return int((data_dir / PID_FILE).read_text())

    moment = grown_past(data_dir, clean_load.log_size // 2)
    broken = run_until_killed(news_loader(clean_load.news, data_dir), moment, the_server)
    assert broken.returncode == 2
    (line,) = broken.stderr.strip().splitlines()
    assert line.startswith("error: the embedded FalkorDB server")
    assert "stopped during the query" in line
    # The dead server's pid file and socket are still there for the next command to clear.
    assert (data_dir / PID_FILE).exists() and (data_dir / SOCKET_FILE).exists()
    rerun = subprocess.run(news_loader(clean_load.news, data_dir), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert fingerprint(data_dir) == clean_load.fingerprint
