"""The command line: each command parses its arguments, calls the API function of
the same name, and prints. Exit codes: 0 all done, 1 some inputs failed (the
rest done), 2 usage or connection errors."""

from __future__ import annotations

import csv
import functools
import json
import os
import signal
import sys
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from . import api
from .config import Settings, load_settings
from .errors import DiplographError, InputError

app = typer.Typer(
    name="diplograph",
    help="News articles about bilateral cooperation become a knowledge graph: "
    "load, query with Cypher, render as HTML, export.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
queries_app = typer.Typer(help="The library of named Cypher queries.", no_args_is_help=True)
app.add_typer(queries_app, name="queries")

# SIGTERM ends a command like Ctrl-C does: through the cleanup that stops the
# embedded server, instead of leaving it for the next command to recover.
signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True, highlight=False)


class StoreName(StrEnum):
    embedded = "embedded"
    neo4j = "neo4j"


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


class ExportFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    csv = "csv"
    cypher = "cypher"


StoreOpt = Annotated[
    StoreName | None,
    typer.Option("--store", help="Graph store (default: embedded, or $DIPLOGRAPH_STORE)."),
]
DataDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--data-dir", help="Embedded store directory (default: $DIPLOGRAPH_HOME or ~/.local/share)."
    ),
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
WorkersOpt = Annotated[
    int | None,
    typer.Option("--workers", min=1, help="Extraction processes (default: every core)."),
]
ParamOpt = Annotated[
    list[str] | None, typer.Option("--param", "-p", help="Query parameter as key=value.")
]


def _settings(store: StoreName | None, data_dir: Path | None) -> Settings:
    return load_settings(store=store.value if store else None, data_dir=data_dir)


def _reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn errors into one line on stderr and the documented exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except typer.Exit:
            raise
        except BrokenPipeError:
            # The reader went away (`diplograph query ... | head`): nothing to report.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except DiplographError as error:
            if kwargs.get("debug"):
                traceback.print_exc()
            err.print(f"error: {error}", markup=False)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted", markup=False)
            raise typer.Exit(130) from None
        except Exception as error:  # an unexpected failure still gets one line
            if kwargs.get("debug"):
                traceback.print_exc()
            err.print(f"error: {type(error).__name__}: {error}", markup=False)
            raise typer.Exit(2) from None

    return wrapper


def _report_input_error(error: InputError) -> None:
    err.print(f"error: {error}", markup=False)


def _parse_params(pairs: list[str] | None) -> dict[str, Any]:
    """key=value pairs; values that parse as JSON (numbers, lists, true) keep their type."""
    params: dict[str, Any] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{pair!r} is not key=value", param_hint="--param")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


def _print_rows(rows: list[dict[str, Any]], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        out.print_json(json.dumps(rows, ensure_ascii=False, default=str))
        return
    columns = list(rows[0]) if rows else []
    if fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    out.print(table)
    out.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", markup=False)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _progress() -> Progress:
    return Progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("articles"),
        console=err,
        transient=True,
        # Off when stderr is not a terminal, so errors are the only lines there.
        disable=not err.is_terminal,
    )


def _load_summary(report: api.LoadReport) -> None:
    failed = f", {len(report.failed)} input(s) failed" if report.failed else ""
    out.print(
        f"loaded {report.articles} article(s){failed}; the graph has "
        f"{report.nodes} nodes and {report.relationships} relationships",
        markup=False,
    )


@app.command()
@_reports_errors
def build(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    html: Annotated[Path, typer.Option("--html", help="Where to write the HTML page.")] = Path(
        "diplograph.html"
    ),
    workers: WorkersOpt = None,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Load articles, then render the whole graph as an interactive HTML page."""
    with _progress() as bar:
        task = bar.add_task("load", total=None)
        report = api.build(
            paths,
            html,
            settings=_settings(store, data_dir),
            on_error=_report_input_error,
            progress=lambda n: bar.advance(task, n),
            workers=workers,
        )
    _load_summary(report.load)
    _render_summary(report.render)
    if not report.load.ok:
        raise typer.Exit(1)


@app.command()
@_reports_errors
def load(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    workers: WorkersOpt = None,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Read, extract and store articles (loading one again changes nothing)."""
    with _progress() as bar:
        task = bar.add_task("load", total=None)
        report = api.load(
            paths,
            settings=_settings(store, data_dir),
            on_error=_report_input_error,
            progress=lambda n: bar.advance(task, n),
            workers=workers,
        )
    _load_summary(report)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
@_reports_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    format: Annotated[
        ExtractFormat, typer.Option("--format", help="json: JSON Lines, one object per article.")
    ] = ExtractFormat.json,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Extraction processes.")] = 1,
    debug: DebugOpt = False,
) -> None:
    """Print what the extractor reads in articles, without storing anything."""
    failed = False

    def on_error(error: InputError) -> None:
        nonlocal failed
        failed = True
        _report_input_error(error)

    for extraction in api.extract(paths, on_error=on_error, workers=workers):
        if format is ExtractFormat.json:
            sys.stdout.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
        else:
            _print_extraction(extraction)
    sys.stdout.flush()
    if failed:
        raise typer.Exit(1)


def _print_extraction(extraction: Any) -> None:
    article = extraction.article
    out.print(f"{article.path} ({article.language}, {article.date or 'no date'})", markup=False)
    names = {e.id: e.name for e in extraction.entities}
    table = Table("type", "name", "title", "country")
    for entity in extraction.entities:
        table.add_row(entity.type, entity.name, entity.title or "", entity.country or "")
    out.print(table)
    relations = Table("relation", "source", "target", "topics", "date")
    for rel in extraction.relations:
        relations.add_row(
            rel.type,
            names.get(rel.source, rel.source),
            names.get(rel.target, rel.target),
            ", ".join(rel.topics),
            rel.date or "",
        )
    out.print(relations)


@app.command()
@_reports_errors
def query(
    cypher: Annotated[str, typer.Argument(help="A Cypher query; values go in --param.")],
    param: ParamOpt = None,
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    write: Annotated[
        bool, typer.Option("--write", help="Allow the query to change the graph.")
    ] = False,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Run a Cypher query (read-only unless --write)."""
    rows = api.query(cypher, _parse_params(param), write=write, settings=_settings(store, data_dir))
    _print_rows(rows, format)


@queries_app.command("list")
@_reports_errors
def queries_list(debug: DebugOpt = False) -> None:
    """List the named queries with their parameters."""
    from .queries.library import list_queries

    table = Table("name", "parameters", "description")
    for named in list_queries():
        table.add_row(named.name, ", ".join(named.params), named.description)
    out.print(table)


@queries_app.command("run")
@_reports_errors
def queries_run(
    name: Annotated[str, typer.Argument(help="A name from `diplograph queries list`.")],
    param: ParamOpt = None,
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Run a named query."""
    rows = api.run_query(name, _parse_params(param), settings=_settings(store, data_dir))
    _print_rows(rows, format)


def _render_summary(result: Any) -> None:
    out.print(
        f"wrote {result.path}: {result.nodes_drawn} nodes, {result.edges_drawn} edges",
        markup=False,
    )
    if result.aggregated:
        err.print(f"note: {result.note}", markup=False)


CenterOpt = Annotated[
    str | None, typer.Option("--center", help="Entity (id or name) at the centre of the view.")
]
HopsOpt = Annotated[int, typer.Option("--hops", min=0, help="Hops around --center.")]
CountryOpt = Annotated[
    str | None, typer.Option("--country", help="Only what touches this country.")
]
TypeOpt = Annotated[
    list[str] | None, typer.Option("--type", help="Node types to keep (repeatable).")
]
TopicOpt = Annotated[str | None, typer.Option("--topic", help="Interactions on a topic.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date.")]
CypherOpt = Annotated[
    str | None,
    typer.Option("--cypher", help="A read-only query returning nodes and relationships."),
]


@app.command()
@_reports_errors
def render(
    html: Annotated[Path, typer.Option("--html", help="Where to write the HTML page.")] = Path(
        "diplograph.html"
    ),
    center: CenterOpt = None,
    hops: HopsOpt = 1,
    country: CountryOpt = None,
    type: Annotated[
        list[str] | None, typer.Option("--type", help="Node types to keep (repeatable).")
    ] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Interactions on a topic.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[str | None, typer.Option("--until", help="Up to this date.")] = None,
    cypher: CypherOpt = None,
    param: ParamOpt = None,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Render the stored graph, or a filtered view of it, as an interactive HTML page."""
    view = api.View(center, hops, country, type, topic, since, until, cypher, _parse_params(param))
    result = api.render(html, view, settings=_settings(store, data_dir))
    _render_summary(result)


@app.command()
@_reports_errors
def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="Output format.")],
    out_path: Annotated[Path, typer.Option("--out", help="File (or folder, for csv) to write.")],
    center: CenterOpt = None,
    hops: HopsOpt = 1,
    country: CountryOpt = None,
    type: TypeOpt = None,
    topic: TopicOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    cypher: CypherOpt = None,
    param: ParamOpt = None,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Export the graph, or a subgraph, to GraphML, GEXF, JSON, CSV or a Cypher script."""
    view = api.View(center, hops, country, type, topic, since, until, cypher, _parse_params(param))
    path = api.export(format.value, out_path, view, settings=_settings(store, data_dir))
    out.print(f"wrote {path}", markup=False)


@app.command()
@_reports_errors
def stats(
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Count the nodes per label and relationships per type."""
    counts = api.stats(settings=_settings(store, data_dir))
    rows = [{"kind": "node", "name": k, "count": v} for k, v in counts["nodes"].items()]
    rows += [
        {"kind": "relationship", "name": k, "count": v} for k, v in counts["relationships"].items()
    ]
    _print_rows(rows, format)


@app.command()
@_reports_errors
def reset(
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    store: StoreOpt = None,
    data_dir: DataDirOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Delete the whole graph."""
    if not yes and not typer.confirm("Delete every node and relationship?"):
        raise typer.Exit(1)
    api.reset(settings=_settings(store, data_dir))
    out.print("the graph is empty", markup=False)


@app.command()
@_reports_errors
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.json gold annotations.")],
    corpus_dir: Annotated[Path, typer.Argument(help="Folder of the NAME.txt articles.")],
    format: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
    debug: DebugOpt = False,
) -> None:
    """Score the extractor on annotated articles (precision, recall, F1)."""
    result = api.evaluate(gold_dir, corpus_dir, on_error=_report_input_error)
    scores = result.to_json()
    if format is OutputFormat.json:
        out.print_json(json.dumps(scores))
        return
    rows = [
        {
            "measure": key,
            "P": f"{v['p']:.3f}",
            "R": f"{v['r']:.3f}",
            "F1": f"{v['f1']:.3f}",
            "tp": v["tp"],
            "fp": v["fp"],
            "fn": v["fn"],
        }
        for key, v in scores.items()
        if isinstance(v, dict)
    ]
    _print_rows(rows, format)
    if result.missing:
        err.print(f"no prediction for: {' '.join(result.missing)}", markup=False)


@app.command()
@_reports_errors
def bench(
    articles: Annotated[int, typer.Option("--articles", min=1, help="Synthetic articles.")] = 1000,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Write the figures as JSON here.")
    ] = None,
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Draw how each cost grows with N (PNG).")
    ] = None,
    sizes: Annotated[
        list[int] | None, typer.Option("--size", help="Smaller N to plot (repeatable).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Extraction processes (all cores).")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the synthetic corpus.")] = 7,
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Where the temporary corpus and store go.")
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Measure reading, extraction, loading, queries and rendering on a synthetic corpus."""
    from .bench import print_bench, run_bench

    result = run_bench(
        articles,
        workers=workers,
        json_path=json_path,
        plot_path=plot,
        seed=seed,
        data_dir=data_dir,
        sizes=sizes,
    )
    print_bench(result, out)
