"""The Python API: each function is one CLI command of the same name.

Example:
    >>> import diplograph
    >>> report = diplograph.load(["examples/articles"], data_dir="/tmp/dg")  # doctest: +SKIP
    >>> rows = diplograph.query(
    ...     "MATCH (o:Official) RETURN o.name AS name", data_dir="/tmp/dg"
    ... )  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Settings, load_settings
from .errors import InputError, UsageError


@dataclass
class LoadReport:
    """What a load did: articles stored, inputs that failed, the graph's size after."""

    articles: int = 0
    failed: list[str] = field(default_factory=list)
    nodes: int = 0
    relationships: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class BuildReport:
    """A load followed by a render."""

    load: LoadReport
    render: Any


def _normal_params(params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Parameters with their text in the form the graph stores text in, so a name
    typed with a precomposed Bengali letter still finds the stored one."""
    from .loaders.clean import normalize_text

    def normal(value: Any) -> Any:
        if isinstance(value, str):
            return normalize_text(value)
        if isinstance(value, list):
            return [normal(v) for v in value]
        return value

    return {key: normal(value) for key, value in (params or {}).items()}


def _settings(
    settings: Settings | None, store: str | None, data_dir: str | Path | None
) -> Settings:
    if settings is not None:
        return settings
    return load_settings(store=store, data_dir=data_dir)


@contextlib.contextmanager
def open_store(
    settings: Settings | None = None,
    *,
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> Iterator[Any]:
    """The configured graph store, open for the duration of a `with` block."""
    from .graph.store import open_store as _open

    with _open(_settings(settings, store, data_dir)) as opened:
        yield opened


def extract(
    paths: Iterable[str | Path],
    *,
    on_error: Callable[[InputError], None] | None = None,
    workers: int = 1,
) -> Iterator[Any]:
    """One Extraction per readable article of the given files, folders or "-" (stdin),
    in input order; `workers` processes extract in parallel."""
    from .parallel import extract_files, extraction_pool

    with extraction_pool(workers) as pool:
        yield from extract_files(paths, pool, on_error)


def load(
    paths: Iterable[str | Path],
    *,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> LoadReport:
    """Read, extract and store articles; loading the same article again changes nothing.

    Failing inputs are collected in the report (and passed to `on_error`);
    the others load. `workers` extraction processes (default: every core).
    """
    from .graph.cypher import count_graph, write_extractions
    from .parallel import default_workers, extract_files, extraction_pool

    report = LoadReport()

    def failed(error: InputError) -> None:
        report.failed.append(str(error))
        if on_error is not None:
            on_error(error)

    resolved = _settings(settings, store, data_dir)
    # The pool starts before the store opens: workers must not inherit its lock.
    with (
        extraction_pool(workers or default_workers()) as pool,
        open_store(resolved) as graph_store,
    ):
        extractions = extract_files(paths, pool, failed)
        report.articles = write_extractions(graph_store, extractions, progress=progress)
        counts = count_graph(graph_store)
    report.nodes = sum(counts["nodes"].values())
    report.relationships = sum(counts["relationships"].values())
    return report


def query(
    cypher: str,
    params: Mapping[str, Any] | None = None,
    *,
    write: bool = False,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> list[dict[str, Any]]:
    """Rows of a Cypher query; read-only (enforced by the database) unless write=True."""
    with open_store(_settings(settings, store, data_dir)) as graph_store:
        return graph_store.query(cypher, _normal_params(params), write=write)


def run_query(
    name: str,
    params: Mapping[str, Any] | None = None,
    *,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> list[dict[str, Any]]:
    """Rows of a named query of the library (see `diplograph queries list`)."""
    from .queries.library import run_query as _run

    with open_store(_settings(settings, store, data_dir)) as graph_store:
        return _run(graph_store, name, _normal_params(params))


@dataclass(frozen=True)
class View:
    """Which part of the graph to render or export: the whole graph by default.

    `center` and `hops`: an entity (id, name or alias) and what lies within
    `hops` steps of it; `country`: what touches a country; `types`: node
    labels to keep; `topic`, `since`, `until`: interactions on a topic or in
    a date range; `cypher` (with `params`): a read-only query whose rows hold
    the nodes and relationships to draw.
    """

    center: str | None = None
    hops: int = 1
    country: str | None = None
    types: list[str] | None = None
    topic: str | None = None
    since: str | None = None
    until: str | None = None
    cypher: str | None = None
    params: Mapping[str, Any] | None = None

    @property
    def whole(self) -> bool:
        """True when the view names no part: it is the whole graph."""
        parts = (self.center, self.country, self.types, self.topic, self.since, self.until)
        return not self.cypher and all(part is None for part in parts)


def _selected_graph(graph_store: Any, view: View) -> Any:
    from .graph.network import from_query_rows, to_networkx
    from .graph.subgraph import read_subgraph

    if view.cypher:
        # The whole graph lets rows that return only ids come back with names and labels.
        rows = graph_store.query(view.cypher, _normal_params(view.params))
        return from_query_rows(rows, base=to_networkx(graph_store))
    if view.whole:
        return to_networkx(graph_store)
    filters = {
        "center": view.center,
        "country": view.country,
        "types": view.types,
        "topic": view.topic,
        "since": view.since,
        "until": view.until,
    }
    try:
        return read_subgraph(graph_store, hops=view.hops, **filters)
    except ValueError as error:
        raise UsageError(str(error)) from error


def render(
    html: str | Path,
    view: View | None = None,
    *,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> Any:
    """Write the interactive HTML page of the stored graph, or of a view of it.

    The whole graph past the page's node budget is drawn as country totals the
    store sums up (never pulled whole); a view is drawn from the graph it selects.
    """
    from .graph.html import render_html, render_store_html

    view = view or View()
    with open_store(_settings(settings, store, data_dir)) as graph_store:
        if view.whole:
            return render_store_html(graph_store, Path(html))
        graph = _selected_graph(graph_store, view)
    return render_html(graph, Path(html))


def build(
    paths: Iterable[str | Path],
    html: str | Path,
    *,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> BuildReport:
    """The main job: load the articles, then render the whole graph to an HTML page."""
    resolved = _settings(settings, store, data_dir)
    loaded = load(paths, settings=resolved, on_error=on_error, progress=progress, workers=workers)
    return BuildReport(loaded, render(html, settings=resolved))


def export(
    fmt: str,
    out: str | Path,
    view: View | None = None,
    *,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> Path:
    """Write the graph, or a view of it, as GraphML, GEXF, JSON, CSV or a Cypher script."""
    from .graph.export import EXPORTERS

    if fmt not in EXPORTERS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}")
    with open_store(_settings(settings, store, data_dir)) as graph_store:
        graph = _selected_graph(graph_store, view or View())
    out_path = Path(out)
    try:
        EXPORTERS[fmt](graph, out_path)
    except ValueError as error:
        raise UsageError(f"{out_path}: {error}") from error
    return out_path


def stats(
    *,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> dict[str, dict[str, int]]:
    """Nodes per label and relationships per type in the store."""
    from .graph.cypher import count_graph

    with open_store(_settings(settings, store, data_dir)) as graph_store:
        return count_graph(graph_store)


def reset(
    *,
    settings: Settings | None = None,
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> None:
    """Delete every node and relationship of the graph."""
    from .graph.cypher import clear

    with open_store(_settings(settings, store, data_dir)) as graph_store:
        clear(graph_store)


def evaluate(
    gold_dir: str | Path,
    corpus_dir: str | Path,
    *,
    on_error: Callable[[InputError], None] | None = None,
) -> Any:
    """Extract the articles of `corpus_dir` and score them against the annotations in `gold_dir`."""
    from .loaders.evaluate import evaluate_extractions

    gold, corpus = Path(gold_dir), Path(corpus_dir)
    for folder in (gold, corpus):
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder")
    articles = [corpus / (p.stem + ".txt") for p in sorted(gold.glob("*.json"))]
    present = [p for p in articles if p.exists()]
    return evaluate_extractions(extract(present, on_error=on_error), gold, corpus)
