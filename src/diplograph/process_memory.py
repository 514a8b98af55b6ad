"""The peak memory of a command and every process it starts, sampled while it runs.

`diplograph build` is a process tree: the command itself, its extraction
workers and the FalkorDB server it starts (which forks while it compacts its
log). What a user's machine must hold is the sum over that tree at its
busiest moment, not the largest single process (`ru_maxrss` of the
children), so the tree is read from /proc every SAMPLE_S seconds while it
runs. Linux only: elsewhere the sums are None and the largest single
process's peak is all that is known.

>>> run = run_measured(["sleep", "1"])  # doctest: +SKIP
>>> run.peak_rss_mb, run.peak_pss_mb, run.peak_mb_by_role  # doctest: +SKIP
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

SAMPLE_S = 0.2
PROC = Path("/proc")
# Who a process of the tree is, by the name the kernel gives it.
SERVER_ROLE = "FalkorDB server"
COMMAND_ROLE = "command"
WORKER_ROLE = "workers"


@dataclass
class MeasuredRun:
    """A finished command: its exit code, wall time and memory.

    `peak_rss_mb`: the largest sum of resident memory over the whole tree at one
    sample (pages two processes share, such as a forked worker's copy of its
    parent, counted in each). `peak_pss_mb`: the same with each shared page
    split between its sharers (the memory the tree takes from the machine).
    `peak_mb_by_role`: the largest summed resident memory of each kind of
    process: the command itself, its workers, the FalkorDB server (with its forks).
    """

    returncode: int
    seconds: float
    peak_rss_mb: float | None
    peak_pss_mb: float | None
    peak_mb_by_role: dict[str, float] = field(default_factory=dict)


def run_measured(
    command: Sequence[str],
    *,
    stdout: IO[bytes] | int | None = None,
    stderr: IO[bytes] | int | None = None,
) -> MeasuredRun:
    """Run `command` to its end, sampling the memory of its process tree."""
    sampled = PROC.is_dir()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr)
    peak_rss = peak_pss = 0
    by_role: dict[str, int] = {}
    while process.poll() is None:
        if sampled:
            rss, pss, roles = _tree_sample(process.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            for role, kb in roles.items():
                by_role[role] = max(by_role.get(role, 0), kb)
        time.sleep(SAMPLE_S)
    seconds = time.perf_counter() - start
    if not sampled:
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return MeasuredRun(process.returncode, seconds, None, None, {"largest": _mb(largest)})
    return MeasuredRun(
        process.returncode,
        seconds,
        peak_rss / 1024,
        peak_pss / 1024,
        {role: kb / 1024 for role, kb in by_role.items()},
    )


def _tree_sample(root: int) -> tuple[int, int, dict[str, int]]:
    """Resident and proportional memory (kB) of `root` and its descendants, summed;
    and the resident memory of each role."""
    rss_total = pss_total = 0
    roles: dict[str, int] = {}
    for pid, role in _tree(root):
        rss = _kb_field(PROC / str(pid) / "status", "VmRSS:")
        rss_total += rss
        pss_total += _kb_field(PROC / str(pid) / "smaps_rollup", "Pss:")
        roles[role] = roles.get(role, 0) + rss
    return rss_total, pss_total, roles


def _tree(root: int) -> list[tuple[int, str]]:
    """`root` and every live descendant, each with its role (a process gone meanwhile
    is skipped). What the server forks (named after the thread that forked it) is
    the server's."""
    found, index = [(root, COMMAND_ROLE)], 0
    while index < len(found):
        pid, role = found[index]
        index += 1
        try:
            threads = list((PROC / str(pid) / "task").iterdir())
        except OSError:
            continue
        for thread in threads:
            try:
                children = [int(child) for child in (thread / "children").read_text().split()]
            except OSError:
                continue
            found += [(child, _role(child, role)) for child in children]
    return found


def _role(pid: int, parent_role: str) -> str:
    if parent_role == SERVER_ROLE:
        return SERVER_ROLE
    try:
        name = (PROC / str(pid) / "comm").read_text().strip()
    except OSError:
        return WORKER_ROLE
    return SERVER_ROLE if name.startswith("redis") else WORKER_ROLE


def _kb_field(path: Path, key: str) -> int:
    try:
        text = path.read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith(key):
            return int(line.split()[1])
    return 0


def _mb(maxrss: int) -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
