"""The memory of a command is that of its whole process tree, sampled while it runs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from diplograph.process_memory import COMMAND_ROLE, WORKER_ROLE, run_measured

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="sampled from /proc")

# A parent holding 60 MB starts a child holding 120 MB, both alive for a while
# (the bytes are written, so they are resident, not merely reserved).
PARENT = f"""
import subprocess, sys, time
held = b"x" * 60_000_000
child = "import time; held = b'y' * 120_000_000; time.sleep(1.5)"
subprocess.run([{sys.executable!r}, "-c", child], check=True)
"""


def test_the_peak_of_a_command_counts_the_children_it_starts():
    run = run_measured([sys.executable, "-c", PARENT])

    assert run.returncode == 0
    assert run.seconds >= 1.5
    assert run.peak_mb_by_role[COMMAND_ROLE] >= 60
    assert run.peak_mb_by_role[WORKER_ROLE] >= 120
    assert run.peak_rss_mb >= 180
    # The two hold their own bytes: shared pages are few, so proportional is close.
    assert 170 <= run.peak_pss_mb <= run.peak_rss_mb


def test_a_failing_command_reports_its_exit_code():
    run = run_measured([sys.executable, "-c", "raise SystemExit(3)"])

    assert run.returncode == 3
