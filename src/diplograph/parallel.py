"""Extraction in worker processes: each article is an independent task.

The pool is forked before a store is opened, so workers hold no store socket
and no lock of the data directory, and they share the lexicons the parent
loaded (copy-on-write). A worker whose parent dies reads end-of-file on its
task pipe and exits.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool
from operator import attrgetter
from pathlib import Path
from typing import Any

from .errors import InputError
from .loaders.extract import extract_article
from .loaders.lexicon import LANGUAGES, load_lexicon
from .loaders.model import Article, Entity, Extraction, Relation
from .loaders.read import article_files, read_articles

# Articles (or files) handed to a worker at a time: enough to amortise the pickling
# round trip, few enough that progress stays smooth.
CHUNK = 16
# Articles (or files) in flight at once: bounds the memory of a long load, whose reading
# would otherwise run far ahead of the writer.
WINDOW = 1024
# Allocations between two young collections while articles are extracted
# (Python's default is 700). Extraction makes and drops many short-lived
# containers: at 700, collections run every few sentences and move whatever the
# caller keeps (its extractions) to the old generation, whose full collections
# walk it all again and again (15% of extraction time over 10,000 articles kept).
YOUNG_COLLECTION_EVERY = 10_000

# A worker sends its extractions back as tuples of their fields: the parent
# holds the articles already, and tuples of strings pickle and unpickle about
# three times faster than the records themselves.
_entity_fields = attrgetter(*(f.name for f in fields(Entity)))
_relation_fields = attrgetter(*(f.name for f in fields(Relation)))
Packed = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]
# Files that may hold any number of articles: read here, article by article, so
# that WINDOW bounds the articles in flight.
MANY_ARTICLE_FILES = frozenset({".json", ".jsonl"})
# What a worker is handed: an article read already (stdin, or a caller's own), or
# a file to read itself.
Task = Article | str


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
    # What this process holds when it forks (the lexicons, whatever the caller
    # read) is out of every collection from now on, here and in the workers: a
    # worker's full collections would otherwise walk it and, by marking each
    # object, copy the pages it shares with this process.
    gc.freeze()
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker)
    try:
        yield pool
    finally:
        pool.terminate()
        pool.join()


def _start_worker() -> None:
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
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *gc.get_threshold()[1:])


def extract_files(
    paths: Iterable[str | Path],
    pool: Pool | None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Extraction]:
    """The extraction of each article in `paths` (files, folders or "-" for stdin), in
    input order; an input that cannot be read goes to `on_error` (raised without one).

    With a pool, the workers read the files too: reading (decoding, cleaning,
    dating) costs a third of what extracting does, and this process alone
    would otherwise do it for all of them.
    """
    if pool is None:
        yield from extract_all(read_articles(paths, on_error=on_error), None)
        return
    yield from _extracted(_tasks(paths, on_error), pool, on_error)


def extract_all(articles: Iterable[Article], pool: Pool | None) -> Iterator[Extraction]:
    """The extraction of each article, in input order."""
    if pool is None:
        with _spaced_collections():
            yield from map(extract_article, articles)
        return
    yield from _extracted(articles, pool, None)


def _tasks(
    paths: Iterable[str | Path], on_error: Callable[[InputError], None] | None
) -> Iterator[Task]:
    """Each file a worker is to read, as read_articles names it; stdin, JSON and JSON
    Lines read here."""
    for given in map(str, paths):
        folder = given != "-" and Path(given).is_dir()
        files = map(str, article_files(Path(given))) if folder else [given]
        for file in files:
            if file == "-" or Path(file).suffix.lower() in MANY_ARTICLE_FILES:
                yield from read_articles([file], on_error=on_error)
            else:
                yield file


def _extracted(
    tasks: Iterable[Task], pool: Pool, on_error: Callable[[InputError], None] | None
) -> Iterator[Extraction]:
    """A sliding window: each chunk handed back is replaced by the next one, so the
    workers go on while the caller stores what it got (a window emptied before
    the next is handed out leaves them idle during every write), and at most
    WINDOW tasks are in flight whatever the corpus size.
    """
    remaining = iter(tasks)
    pending: deque[tuple[list[Task], AsyncResult[list[list[Any]]]]] = deque()

    def hand_out() -> None:
        while len(pending) * CHUNK < WINDOW and (chunk := list(islice(remaining, CHUNK))):
            pending.append((chunk, pool.apply_async(_work, (chunk,))))

    with _spaced_collections():
        hand_out()
        while pending:
            chunk, result = pending.popleft()
            done = result.get()
            hand_out()
            for task, outcomes in zip(chunk, done, strict=True):
                if isinstance(task, Article):
                    yield _unpacked(task, outcomes[0])
                    continue
                for outcome in outcomes:
                    if isinstance(outcome[0], Article):
                        yield _unpacked(*outcome)
                    elif on_error is None:
                        raise InputError(*outcome)
                    else:
                        on_error(InputError(*outcome))


@contextlib.contextmanager
def _spaced_collections() -> Iterator[None]:
    """Young collections every YOUNG_COLLECTION_EVERY allocations, while extracting."""
    before = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_EVERY, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _work(tasks: list[Task]) -> list[list[Any]]:
    """For each task, in a worker: an article's extraction, packed; a file's articles each
    with its extraction, packed, and its input errors as (path, reason, line) (an
    InputError does not pickle)."""
    return [_done(task) for task in tasks]


def _done(task: Task) -> list[Any]:
    if isinstance(task, Article):
        return [_packed(extract_article(task))]
    outcomes: list[Any] = []

    def failed(error: InputError) -> None:
        outcomes.append((error.path, error.reason, error.line))

    for article in read_articles([task], on_error=failed):
        outcomes.append((article, _packed(extract_article(article))))
    return outcomes


def _packed(extraction: Extraction) -> Packed:
    return (
        [_entity_fields(e) for e in extraction.entities],
        [_relation_fields(r) for r in extraction.relations],
    )


def _unpacked(article: Article, packed: Packed) -> Extraction:
    entities, relations = packed
    return Extraction(article, [Entity(*e) for e in entities], [Relation(*r) for r in relations])
