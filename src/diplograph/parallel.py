"""Extraction in worker processes: each article is an independent task.

The pool is forked before a store is opened, so workers hold no store socket
and no lock of the data directory, and they share the lexicons the parent
loaded (copy-on-write). A worker whose parent dies reads end-of-file on its
task pipe and exits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool

from .loaders.extract import extract_article
from .loaders.lexicon import LANGUAGES, load_lexicon
from .loaders.model import Article, Extraction

# Articles handed to a worker at a time: enough to amortise the pickling
# round trip, few enough that progress stays smooth.
CHUNK = 16
# Articles in flight at once: bounds the memory of a long load, whose reading
# would otherwise run far ahead of the writer.
WINDOW = 1024


def default_workers() -> int:
    """Every core this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextlib.contextmanager
def extraction_pool(workers: int) -> Iterator[Pool | None]:
    """A pool of `workers` extraction processes, or None to extract in this process."""
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield None
        return
    for code in LANGUAGES:
        load_lexicon(code)
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_quiet_worker)
    try:
        yield pool
    finally:
        pool.terminate()
        pool.join()


def _quiet_worker() -> None:
    # A worker's own errors come back to the parent with its result; what it
    # would print itself is only the noise of a parent that was killed (a
    # broken pipe) or interrupted (Ctrl-C reaches the whole process group, and
    # the parent stops the pool).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The pool stops its workers with SIGTERM: they must die at once, not run
    # the command's own SIGTERM handler (an exit that would wait on locks the
    # pool holds).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker


def extract_all(articles: Iterable[Article], pool: Pool | None) -> Iterator[Extraction]:
    """The extraction of each article, in input order.

    A sliding window: each chunk handed back is replaced by the next one, so the
    workers go on while the caller stores what it got (a window emptied before
    the next is handed out leaves them idle during every write), and at most
    WINDOW articles are in flight whatever the corpus size.
    """
    if pool is None:
        yield from map(extract_article, articles)
        return
    remaining = iter(articles)
    pending: deque[AsyncResult[list[Extraction]]] = deque()

    def hand_out() -> None:
        while len(pending) * CHUNK < WINDOW and (chunk := list(islice(remaining, CHUNK))):
            pending.append(pool.apply_async(_extract_chunk, (chunk,)))

    hand_out()
    while pending:
        done = pending.popleft().get()
        hand_out()
        yield from done


def _extract_chunk(articles: list[Article]) -> list[Extraction]:
    return [extract_article(article) for article in articles]
