"""`diplograph bench`: how fast diplograph reads, extracts, stores, queries and renders.

Everything runs on a synthetic corpus the bench writes itself into a
temporary folder: English and Bengali articles of 2-4 KB made from the
templates and vocabularies in bench_data/ (real officials and their posts,
generated Bangladeshi officials, topics, meetings, requests, agreements and
offers, filler sentences), the same for a given seed.

>>> result = run_bench(1000, workers=None, json_path=Path("bench.json"), plot_path=None,
...                    seed=0, data_dir=None, sizes=None)  # doctest: +SKIP
>>> print_bench(result, Console())  # doctest: +SKIP
"""

from __future__ import annotations

import gc
import json
import math
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from rich.console import Console
from rich.table import Table

from .config import Settings, load_settings
from .errors import DiplographError, UsageError
from .process_memory import MeasuredRun, run_measured

T = TypeVar("T")

DEFAULT_SIZES = (1_000, 10_000, 100_000)
# Every named query runs this many times (after one warm-up run) for its percentiles,
# or fewer when they have taken this long: a slow query on a large graph would
# otherwise hold the bench for many minutes. The runs made are reported.
QUERY_RUNS = 20
QUERY_BUDGET_MS = 30_000
# A single run taking longer is stopped by the store; the query is reported as too slow.
QUERY_TIMEOUT_MS = 60_000
# One MERGE per row costs a round trip each: past this many articles the naive
# writer is timed on the first ones and its rate extrapolated.
NAIVE_SAMPLE_ARTICLES = 1_000
# New articles loaded into the stored graph of the whole corpus: their cost should
# be that of these articles, whatever the size of the graph they join.
INCREMENT_ARTICLES = 100
# Each article grows sentence by sentence until its file reaches a size drawn from
# this range (UTF-8 bytes); the last sentence added keeps it under 4 KB.
ARTICLE_BYTES = (2_100, 3_400)
BENGALI_SHARE = 0.4
# A few well-known advisers make half the news; the other half spreads over the
# hundreds of generated officials, so the graph keeps growing with the corpus.
REAL_HOST_SHARE = 0.5
FIRST_DATE = date(2023, 1, 1)
DAYS = 3 * 365
INTERACTION_SHARE = 0.3
INTERACTION_WEIGHTS = {"MET": 4, "REQUESTED": 2, "AGREED": 2, "OFFERED": 2}
# Bengali vowel signs and vowels: a word ending in one takes -র as genitive, others -ের.
BENGALI_VOWEL_ENDINGS = frozenset("ািীুূৃেৈোৌঅআইঈউঊএঐওঔ")
UNWIND_PREFIX = "UNWIND $rows AS row "
# The stages drawn on the growth plot: BenchResult field -> legend.
STAGE_SECONDS = {
    "read_s": "read and clean",
    "extract_s": "extract, 1 process",
    "extract_workers_s": "extract, all workers",
    "load_s": "batched load",
    "naive_load_estimated_s": "one MERGE per row (extrapolated)",
    "incremental_load_s": f"load {INCREMENT_ARTICLES} more articles",
    "reopen_s": "open the stored graph",
    "end_to_end_s": "files to HTML (build)",
    "render_s": "render HTML (open store)",
    "html_settle_s": "HTML page settles in Chromium",
}
# The named queries take their parameters from this many of the most frequent
# countries, officials and topics, and these ego-network depths.
QUERY_VALUES = 8
HOPS = (1, 2)
# The page is opened in Debian's Chromium (the one the HTML tests use), headless; as
# root it runs only without its sandbox.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
SETTLE_TIMEOUT_MS = 300_000


# The vocabulary of the synthetic corpus


@dataclass(frozen=True)
class Country:
    iso3: str
    english: str
    demonym: str
    bengali: str
    bengali_demonym: str
    capital: str
    bengali_capital: str


@dataclass(frozen=True)
class Person:
    """An official an article can name, with the post and body they speak for."""

    country: Country
    kind: str  # host, envoy or visitor: how an article introduces them
    english: str
    bengali: str
    title: str
    bengali_title: str
    agency: str
    bengali_agency: str


@dataclass(frozen=True)
class Topic:
    id: str
    english: str
    bengali: str


@dataclass(frozen=True)
class Vocabulary:
    """Everything bench_data/ holds: who can meet whom, about what, in which words."""

    hosts: list[Person]  # the real Bangladeshi officials
    generated: list[Person]  # Bangladeshi officials made of common names
    foreigners: list[Person]
    topics: list[Topic]
    templates: dict[str, Any]
    calendar: dict[str, Any]


def _data_text(name: str) -> str:
    return (resources.files("diplograph.bench_data") / name).read_text(encoding="utf-8")


def _tsv_rows(name: str) -> list[list[str]]:
    lines = _data_text(name).splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@cache
def load_vocabulary() -> Vocabulary:
    """The templates and vocabularies of bench_data/, read once."""
    countries = {row[0]: Country(*row) for row in _tsv_rows("countries.tsv")}
    officials = [Person(countries[country], *rest) for country, *rest in _tsv_rows("officials.tsv")]
    names = _tsv_rows("names.tsv")
    given = [(en, bn) for part, en, bn in names if part == "given"]
    family = [(en, bn) for part, en, bn in names if part == "family"]
    roles = _tsv_rows("roles.tsv")
    # Every given name with every family name, each holding one of the roles in turn.
    generated = [
        Person(countries["BGD"], "host", f"{g_en} {f_en}", f"{g_bn} {f_bn}", *roles[i % len(roles)])
        for i, ((g_en, g_bn), (f_en, f_bn)) in enumerate((g, f) for g in given for f in family)
    ]
    return Vocabulary(
        hosts=[p for p in officials if p.kind == "host"],
        generated=generated,
        foreigners=[p for p in officials if p.kind != "host"],
        topics=[Topic(*row) for row in _tsv_rows("topics.tsv")],
        templates=yaml.safe_load(_data_text("templates.yaml")),
        calendar=yaml.safe_load(_data_text("calendar.yaml")),
    )


# The synthetic corpus


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article: its language, headline, publication date and the file text."""

    language: str
    title: str
    date: str
    text: str


def bengali_genitive(phrase: str) -> str:
    """The phrase with the Bengali genitive ending on its last word (ঢাকা -> ঢাকার, ভারত -> ভারতের)."""
    return phrase + ("র" if phrase[-1] in BENGALI_VOWEL_ENDINGS else "ের")


def synthetic_article(seed: int, index: int) -> SyntheticArticle:
    """Article `index` of the corpus of `seed`; it does not depend on the corpus size,
    so the first k articles of a large corpus are the corpus of k articles."""
    rng = random.Random(f"{seed}:{index}")
    vocabulary = load_vocabulary()
    language = "bn" if rng.random() < BENGALI_SHARE else "en"
    templates = vocabulary.templates[language]
    published = FIRST_DATE + timedelta(days=rng.randrange(DAYS))
    event_day = published - timedelta(days=rng.randrange(3))
    slots = _pair_slots(language, event_day, rng)
    main_type = _interaction_type(rng)
    title = rng.choice(templates["headline"][main_type]).format_map(slots)

    # Each template is used once per pair: when a type has none left, the article
    # turns to another pair, as a round-up of the day's meetings would.
    unused = {t: rng.sample(templates[t], len(templates[t])) for t in INTERACTION_WEIGHTS}
    sentences = [unused[main_type].pop().format_map(slots)]
    fillers = rng.sample(templates["filler"], len(templates["filler"]))
    header = f"title: {title}\ndate: {published.isoformat()}\n\n"
    size = len(header.encode("utf-8")) + len(sentences[0].encode("utf-8"))
    target = rng.randint(*ARTICLE_BYTES)
    while size < target:
        if fillers and rng.random() > INTERACTION_SHARE:
            sentence = fillers.pop().format_map(slots)
        else:
            kind = _interaction_type(rng)
            if not unused[kind]:
                slots = _pair_slots(language, event_day, rng)
                unused = {t: rng.sample(templates[t], len(templates[t])) for t in unused}
            sentence = unused[kind].pop().format_map(slots)
        sentences.append(sentence)
        size += len(sentence.encode("utf-8")) + 1

    paragraphs: list[list[str]] = [[sentences[0]]]
    for sentence in sentences[1:]:
        if len(paragraphs[-1]) >= 3 or rng.random() < 0.4:
            paragraphs.append([])
        paragraphs[-1].append(sentence)
    text = header + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    return SyntheticArticle(language, title, published.isoformat(), text)


def write_corpus(folder: Path, articles: int, *, seed: int, start: int = 0) -> list[Path]:
    """Write `articles` synthetic .txt articles into `folder`, those numbered from
    `start` on; their paths in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + articles):
        article = synthetic_article(seed, index)
        path = folder / f"{index:06d}_{article.language}.txt"
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def _interaction_type(rng: random.Random) -> str:
    types = list(INTERACTION_WEIGHTS)
    return rng.choices(types, weights=list(INTERACTION_WEIGHTS.values()))[0]


def _pair_slots(language: str, day: date, rng: random.Random) -> dict[str, str]:
    """The values of every template placeholder for a new pair of officials (a
    Bangladeshi and a foreigner), two topics, and the day."""
    vocabulary = load_vocabulary()
    hosts = vocabulary.hosts if rng.random() < REAL_HOST_SHARE else vocabulary.generated
    pair = (rng.choice(hosts), rng.choice(vocabulary.foreigners))
    topics = rng.sample(vocabulary.topics, 2)
    calendar = vocabulary.calendar[language]
    digits = str.maketrans("0123456789", calendar["digits"])
    slots = {
        "weekday": calendar["weekdays"][day.weekday()],
        "day": f"{day.day} {calendar['months'][day.month - 1]}".translate(digits),
        "number": str(rng.randint(2, 18)).translate(digits),
        "years": str(rng.randint(3, 12)).translate(digits),
        "thousands": str(rng.randint(5, 90) * 10).translate(digits),
        "topic": _topic_words(topics[0], language),
        "topic2": _topic_words(topics[1], language),
    }
    for role, person in zip("ab", pair, strict=True):
        for key, value in _person_slots(person, language).items():
            slots[f"{role}_{key}" if key else role] = value
    if language == "bn":
        slots.update({f"{key}_gen": bengali_genitive(value) for key, value in list(slots.items())})
    return slots


def _topic_words(topic: Topic, language: str) -> str:
    return topic.bengali if language == "bn" else topic.english


def _person_slots(person: Person, language: str) -> dict[str, str]:
    """The placeholders a person fills: "" is the introduction (title, country, name)."""
    country = person.country
    if language == "bn":
        fields = {
            "name": person.bengali,
            "title": person.bengali_title,
            "agency": person.bengali_agency,
            "country": country.bengali,
            "country_gen": bengali_genitive(country.bengali),
            "demonym": country.bengali_demonym,
            "capital": country.bengali_capital,
        }
    else:
        fields = {
            "name": person.english,
            "title": person.title,
            "agency": person.agency,
            "country": country.english,
            "demonym": country.demonym,
            "capital": country.capital,
        }
    intro = load_vocabulary().templates[language]["intro"][person.kind].format_map(fields)
    return {"": intro} | {k: v for k, v in fields.items() if k != "country_gen"}


# The measurements


@dataclass
class BenchResult:
    """The figures of one bench run (rates per second, durations in seconds, sizes in bytes).

    The naive load (one MERGE per row) is timed on the first
    `naive_load_sample_articles` articles; `naive_load_estimated_s` extrapolates
    its rate to the whole corpus. `incremental_load_s` writes the next
    `incremental_articles` articles of the corpus's seed into the loaded graph
    and counts it, as `diplograph load` does (their extraction apart). The
    queries and `render_s` (the stored graph's default page, as `diplograph
    render` writes it) run on the loaded store while it is open; `html_settle_s`
    is the time from opening that page in headless Chromium to its layout settled
    and physics off (None, and why in `html_settle_skipped`, without Chromium or
    Playwright); `reopen_s` is the start of a store holding that graph.

    `end_to_end_s` is `diplograph build FOLDER --html FILE` run as a command of
    its own, from the start of its process to its end (which opens the store
    twice), and `peak_rss_mb` its memory: the largest sum, over the command, its
    extraction workers and the FalkorDB server it starts (with the server's
    forks), of their resident memory, sampled while it runs (Linux; None
    elsewhere). `peak_pss_mb` is the same with each page the processes share
    counted once, and `peak_mb_by_process` the peak of each kind of process.
    `bench_process_peak_rss_mb` is the bench's own process, which holds the
    whole corpus, read and extracted, for its stage timings: not what a
    user's load costs.

    A stage that failed is None, its error in `failures`. `scaling` holds
    what each stage cost at each size when a plot was asked for.
    """

    articles: int
    seed: int
    workers: int
    languages: dict[str, int]
    corpus_bytes: int
    read_s: float
    read_only_articles_per_s: float
    extract_warmup_s: float
    extract_s: float
    extract_articles_per_s: float
    extract_workers_s: float
    extract_articles_per_s_workers: float
    extract_compiled: bool  # the extractor's modules built by mypyc (setup.py)
    extracted_relations: int
    load_s: float
    load_relationships_per_s: float
    naive_load_sample_articles: int
    naive_load_sample_s: float
    naive_load_relationships_per_s: float
    naive_load_estimated_s: float
    incremental_articles: int
    incremental_load_s: float
    reopen_s: float | None
    end_to_end_s: float | None
    render_s: float
    html_bytes: int
    html_settle_s: float | None
    html_settle_skipped: str | None
    query_ms: dict[str, dict[str, float]]
    queries_skipped: dict[str, str]
    peak_rss_mb: float | None
    peak_pss_mb: float | None
    peak_mb_by_process: dict[str, float]
    bench_process_peak_rss_mb: float
    nodes: int
    relationships: int
    failures: dict[str, str]
    scaling: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def run_bench(
    articles: int,
    *,
    workers: int | None,
    json_path: Path | None,
    plot_path: Path | None,
    seed: int,
    data_dir: Path | None,
    sizes: list[int] | None,
) -> BenchResult:
    """Generate `articles` synthetic articles and time every stage on them.

    `workers` processes extract in parallel (default: every core). With
    `plot_path`, the stages are also timed on the first k articles for each
    of `sizes` below `articles` (default 1k, 10k, 100k) and drawn against k.
    The corpus and stores live in a temporary folder under `data_dir` (default:
    the system's), removed at the end.
    """
    if articles < 1:
        raise UsageError("the bench needs at least 1 article")
    workers = workers or os.cpu_count() or 1
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    pyplot = _pyplot() if plot_path is not None else None
    smaller = sorted({k for k in (sizes or DEFAULT_SIZES) if 0 < k < articles})

    with tempfile.TemporaryDirectory(prefix="diplograph-bench-", dir=data_dir) as tmp:
        folder = Path(tmp)
        paths = write_corpus(folder / "corpus", articles, seed=seed)
        scaling = []
        if plot_path is not None:
            for size in smaller:
                partial = measure(paths[:size], workers=workers, seed=seed, workdir=folder)
                scaling.append(scaling_point(partial))
        result = measure(paths, workers=workers, seed=seed, workdir=folder)
    if plot_path is not None:
        result.scaling = [*scaling, scaling_point(result)]
        plot_scaling(result.scaling, plot_path, pyplot)
    if json_path is not None:
        json_path.write_text(json.dumps(result.to_json(), indent=2) + "\n", encoding="utf-8")
    return result


def measure(paths: Sequence[Path], *, workers: int, seed: int, workdir: Path) -> BenchResult:
    """Every figure of BenchResult on these article files; stores go in fresh folders of
    `workdir`."""
    from .graph.cypher import count_graph, write_extractions
    from .graph.html import render_store_html
    from .graph.rows import to_rows
    from .graph.store import open_store
    from .loaders.extract import compiled as extractor_compiled
    from .loaders.extract import extract_article
    from .loaders.read import read_articles
    from .parallel import extract_all

    names = [str(p) for p in paths]
    run_dir = Path(tempfile.mkdtemp(prefix=f"run-{len(paths)}-", dir=workdir))
    failures: dict[str, str] = {}
    # First, while this process holds nothing of the corpus: not that the build
    # would share it (it runs as a command of its own), but the machine's memory
    # and cores are then the build's.
    built = _build_command(paths, run_dir, workers, failures)

    articles, read_s = _timed(lambda: list(read_articles(names)))
    # The lexicons load on the first article: a one-off cost, reported apart.
    _, warmup_s = _timed(lambda: extract_article(articles[0]))
    # Through the library's entry point, as `diplograph extract --workers 1` runs.
    extractions, extract_s = _timed(lambda: list(extract_all(articles, None)))
    parallel, workers_s = _timed(lambda: _extract_in_processes(articles, workers))
    if sum(len(e.relations) for e in parallel) != sum(len(e.relations) for e in extractions):
        raise RuntimeError("parallel extraction found other relations than one process did")

    # The whole corpus, read and extracted twice, stays in memory from here on,
    # where `diplograph load` holds a window of articles and a query process
    # none: it is kept out of the garbage collector's scans until the timed
    # stores are done, so full collections over it (hundreds of ms each) do not
    # land in their figures. (A bench that fails ends its process anyway.)
    gc.collect()
    gc.freeze()
    batched = _embedded(run_dir / "batched")
    html = run_dir / "graph.html"
    increment = [
        extract_article(a)
        for a in read_articles(
            str(p)
            for p in write_corpus(
                run_dir / "increment", INCREMENT_ARTICLES, seed=seed, start=len(paths)
            )
        )
    ]
    with open_store(batched) as store:
        # The writer `diplograph load` uses, fed the extractions as they would come.
        _, load_s = _timed(lambda: write_extractions(store, iter(extractions)))
        counts = count_graph(store)
        _, incremental_s = _timed(
            lambda: (write_extractions(store, iter(increment)), count_graph(store))
        )
        limit_query_time(store, QUERY_TIMEOUT_MS)
        query_ms, skipped = time_queries(store, query_values(extractions))
        # Drawing the page from the open store, apart from starting a server.
        _, render_s = _timed(lambda: render_store_html(store, html))
    settle_skipped = chromium_missing()
    html_settle_s = None
    if settle_skipped is None:
        html_settle_s = _stage(failures, "html_settle", lambda: settle_seconds(html))
    reopen_s = _stage(failures, "reopen", lambda: _reopen(batched))

    sample = extractions[:NAIVE_SAMPLE_ARTICLES]
    with open_store(_embedded(run_dir / "naive")) as store:
        _, naive_s = _timed(lambda: write_rows_one_by_one(store, to_rows(sample)))
        naive_loaded = _relationship_count(count_graph(store))
    naive_rate = _rate(naive_loaded, naive_s)
    loaded = _relationship_count(counts)
    gc.unfreeze()

    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return BenchResult(
        articles=len(paths),
        seed=seed,
        workers=workers,
        languages=dict(Counter(a.language for a in articles)),
        corpus_bytes=sum(p.stat().st_size for p in paths),
        read_s=read_s,
        read_only_articles_per_s=_rate(len(articles), read_s),
        extract_warmup_s=warmup_s,
        extract_s=extract_s,
        extract_articles_per_s=_rate(len(articles), extract_s),
        extract_workers_s=workers_s,
        extract_articles_per_s_workers=_rate(len(articles), workers_s),
        extract_compiled=extractor_compiled(),
        extracted_relations=sum(len(e.relations) for e in extractions),
        load_s=load_s,
        load_relationships_per_s=_rate(loaded, load_s),
        naive_load_sample_articles=len(sample),
        naive_load_sample_s=naive_s,
        naive_load_relationships_per_s=naive_rate,
        naive_load_estimated_s=loaded / naive_rate if naive_rate else 0.0,
        incremental_articles=len(increment),
        incremental_load_s=incremental_s,
        reopen_s=reopen_s,
        end_to_end_s=built.seconds if built.returncode == 0 else None,
        render_s=render_s,
        html_bytes=html.stat().st_size,
        html_settle_s=html_settle_s,
        html_settle_skipped=settle_skipped,
        query_ms=query_ms,
        queries_skipped=skipped,
        peak_rss_mb=built.peak_rss_mb,
        peak_pss_mb=built.peak_pss_mb,
        peak_mb_by_process=built.peak_mb_by_role,
        bench_process_peak_rss_mb=_megabytes(self_kb),
        nodes=sum(counts["nodes"].values()),
        relationships=loaded,
        failures=failures,
    )


def chromium_missing() -> str | None:
    """Why the page cannot be opened in a browser here, or None when it can."""
    if not CHROMIUM.exists():
        return f"no {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[bench]')"
    return None


def settle_seconds(page: Path) -> float:
    """Seconds from opening the page in headless Chromium to its layout settled: the
    stabilisation iterations done and physics turned off (`window.diplograph.stable`)."""
    # Playwright's sync API will not start in a thread that runs an event loop already
    # (a caller's asyncio, another sync Playwright): the browser gets a thread of its own.
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(_settle_seconds, page).result()


def _settle_seconds(page: Path) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            tab = browser.new_page(viewport={"width": 1200, "height": 800})
            start = time.perf_counter()
            tab.goto(page.resolve().as_uri())
            tab.wait_for_function(
                "window.diplograph && window.diplograph.stable", timeout=SETTLE_TIMEOUT_MS
            )
            return time.perf_counter() - start
        finally:
            browser.close()


def write_rows_one_by_one(store: Any, rows: Any) -> None:
    """Write GraphRows the way a hand-written loader does: the writer's own statements
    in its order, but one row per statement and round trip, and one per edge for
    the mentions the writer groups by article."""
    from .graph.cypher import interaction_statement, node_statement, structural_statement

    for label, node_rows in rows.nodes.items():
        _run_each(store, node_statement(label), node_rows)
    for group, event_rows in rows.interactions.items():
        _run_each(store, interaction_statement(group), event_rows)
    for group, edge_rows in rows.structural.items():
        _run_each(store, structural_statement(group), edge_rows)
    for group, article_rows in rows.mentions.items():
        edges = [
            {"source": row["source"], "target": target}
            for row in article_rows
            for target in row["targets"]
        ]
        _run_each(store, structural_statement(group), edges)


def one_row_statement(batched: str) -> str:
    """The same statement for a single `$row` instead of `UNWIND $rows`."""
    if not batched.startswith(UNWIND_PREFIX):
        raise ValueError(f"not a batched statement: {batched[:60]!r}")
    return "WITH $row AS row " + batched.removeprefix(UNWIND_PREFIX)


def query_values(extractions: Iterable[Any]) -> dict[str, list[Any]]:
    """Parameter values for the named queries, by kind: the countries, officials and
    topics the corpus names most often, most frequent first (those the generator
    writes when the extractor found none of a kind)."""
    counts: dict[str, Counter[str]] = {t: Counter() for t in ("Country", "Official", "Topic")}
    for extraction in extractions:
        for entity in extraction.entities:
            if entity.type in counts:
                key = entity.id.removeprefix("topic:") if entity.type == "Topic" else entity.name
                counts[entity.type][key] += 1
    vocabulary = load_vocabulary()
    written = {
        "Country": list(dict.fromkeys(p.country.english for p in vocabulary.foreigners)),
        "Official": [p.english for p in vocabulary.foreigners],
        "Topic": [t.id for t in vocabulary.topics],
    }
    top = {
        kind: [name for name, _ in c.most_common(QUERY_VALUES)] or written[kind][:QUERY_VALUES]
        for kind, c in counts.items()
    }
    return {
        "country": top["Country"],
        "official": top["Official"],
        "topic": top["Topic"],
        "any entity": top["Official"] + top["Country"],
        "hops": list(HOPS),
    }


def time_queries(
    store: Any, values: dict[str, list[Any]]
) -> tuple[dict[str, dict[str, float]], dict[str, str]]:
    """{query: {p50, p95, runs}} in milliseconds over QUERY_RUNS runs of every named query,
    the parameters rotating through `values`; and the queries that could not be timed
    (no parameter value, or a run over the store's time limit), with why."""
    from .queries.library import list_queries

    timings: dict[str, dict[str, float]] = {}
    skipped: dict[str, str] = {}
    for query in list_queries():
        # Parameters with a default (a limit) keep it: the bench times what a user gets.
        kinds = {
            name: _param_kind(name, described)
            for name, described in query.params.items()
            if name not in query.defaults
        }
        if missing := [name for name, kind in kinds.items() if not values.get(kind)]:
            skipped[query.name] = f"no value in the corpus for {', '.join(missing)}"
            continue
        try:
            timings[query.name] = _query_timing(store, query.name, kinds, values)
        except DiplographError as error:
            skipped[query.name] = str(error)
    return timings, skipped


def scaling_point(result: BenchResult) -> dict[str, Any]:
    """What each stage cost in a run, for the growth plot: seconds per stage, the p50
    of each named query in milliseconds, peak memory in MB."""
    return {
        "articles": result.articles,
        **{key: getattr(result, key) for key in STAGE_SECONDS},
        "query_p50_ms": {name: timing["p50"] for name, timing in result.query_ms.items()},
        "peak_rss_mb": result.peak_rss_mb,
    }


def plot_scaling(points: list[dict[str, Any]], path: Path, pyplot: Any = None) -> Path:
    """Draw how each stage's time, each query's p50 and peak memory grow with the number
    of articles, to a PNG."""
    plt = pyplot or _pyplot()
    sizes = [p["articles"] for p in points]
    figure, (stages, queries, memory) = plt.subplots(1, 3, figsize=(17, 5))
    for key, label in STAGE_SECONDS.items():
        seconds = [math.nan if p[key] is None else p[key] for p in points]
        stages.plot(sizes, seconds, marker="o", label=label)
    stages.set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds")
    stages.set_title("Time per stage")
    for name in dict.fromkeys(name for p in points for name in p["query_p50_ms"]):
        p50s = [p["query_p50_ms"].get(name, float("nan")) for p in points]
        queries.plot(sizes, p50s, marker="o", label=name)
    queries.set(xscale="log", yscale="log", xlabel="articles", ylabel="milliseconds (p50)")
    queries.set_title("Named queries")
    peaks = [math.nan if p["peak_rss_mb"] is None else p["peak_rss_mb"] for p in points]
    memory.plot(sizes, peaks, marker="s")
    memory.set(xscale="log", xlabel="articles", ylabel="MB")
    memory.set_title("Peak memory of diplograph build (with its workers and server)")
    for axes in (stages, queries):
        axes.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def print_bench(result: BenchResult, console: Console) -> None:
    """The figures of a bench run as two rich tables: the stages, then the queries."""
    table = Table(title=f"diplograph bench: {result.articles:,} articles (seed {result.seed})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    languages = ", ".join(f"{n:,} {lang}" for lang, n in sorted(result.languages.items()))
    rows = [
        ("corpus", f"{languages}; {result.corpus_bytes / 1e6:.1f} MB"),
        ("read and clean", f"{result.read_only_articles_per_s:,.0f} articles/s"),
        (
            f"extract, 1 process ({'compiled' if result.extract_compiled else 'pure Python'})",
            f"{result.extract_articles_per_s:,.0f} articles/s",
        ),
        (
            f"extract, {result.workers} workers",
            f"{result.extract_articles_per_s_workers:,.0f} articles/s",
        ),
        ("relations extracted", f"{result.extracted_relations:,}"),
        ("batched load", f"{result.load_relationships_per_s:,.0f} relationships/s"),
        (
            f"one MERGE per row ({result.naive_load_sample_articles:,} articles)",
            f"{result.naive_load_relationships_per_s:,.0f} relationships/s "
            f"(all: ~{result.naive_load_estimated_s:,.1f} s, extrapolated)",
        ),
        (
            f"load {result.incremental_articles:,} more articles into it",
            f"{result.incremental_load_s:,.2f} s",
        ),
        ("open the stored graph again", _seconds(result.reopen_s)),
        ("files to stored graph to HTML (build)", _seconds(result.end_to_end_s)),
        ("render HTML", f"{result.render_s:,.2f} s, {result.html_bytes / 1e6:.1f} MB"),
        ("HTML page settles in Chromium", _settle(result)),
        ("graph", f"{result.nodes:,} nodes, {result.relationships:,} relationships"),
        ("peak memory of the build", _build_memory(result)),
        ("peak memory of the bench process", f"{result.bench_process_peak_rss_mb:,.0f} MB"),
    ]
    for row in rows:
        table.add_row(*row)
    if result.failures:
        table.caption = "failed: " + "; ".join(f"{k}: {v}" for k, v in result.failures.items())
    console.print(table)

    queries = Table(title="named queries")
    queries.add_column("query")
    queries.add_column("p50 ms", justify="right")
    queries.add_column("p95 ms", justify="right")
    queries.add_column("runs", justify="right")
    for name, timing in result.query_ms.items():
        queries.add_row(name, f"{timing['p50']:.1f}", f"{timing['p95']:.1f}", str(timing["runs"]))
    if result.queries_skipped:
        queries.caption = "skipped: " + "; ".join(
            f"{name} ({reason})" for name, reason in result.queries_skipped.items()
        )
    console.print(queries)


def _build_memory(result: BenchResult) -> str:
    if result.peak_rss_mb is None or result.peak_pss_mb is None:
        return "not sampled (no /proc)"
    parts = ", ".join(f"{role} {mb:,.0f}" for role, mb in result.peak_mb_by_process.items())
    return (
        f"{result.peak_rss_mb:,.0f} MB resident, {result.peak_pss_mb:,.0f} MB proportional "
        f"(peaks: {parts})"
    )


def _seconds(value: float | None) -> str:
    return "failed" if value is None else f"{value:,.1f} s"


def _settle(result: BenchResult) -> str:
    if result.html_settle_skipped:
        return f"skipped: {result.html_settle_skipped}"
    return "failed" if result.html_settle_s is None else f"{result.html_settle_s:,.2f} s"


def _extract_in_processes(articles: list[Any], workers: int) -> list[Any]:
    # The same pool the loads use (forked up front, before any thread of this
    # process could hold a lock a worker would inherit).
    from .parallel import extract_all, extraction_pool

    with extraction_pool(workers) as pool:
        return list(extract_all(articles, pool))


def _query_timing(
    store: Any, name: str, kinds: dict[str, str], values: dict[str, list[Any]]
) -> dict[str, float]:
    """p50, p95 and number of runs of one named query (after a warm-up run)."""
    from .queries.library import run_query

    run_query(store, name, _query_params(kinds, values, 0))
    ms: list[float] = []
    while len(ms) < QUERY_RUNS and sum(ms) < QUERY_BUDGET_MS:
        params = _query_params(kinds, values, len(ms))
        start = time.perf_counter()
        run_query(store, name, params)
        ms.append((time.perf_counter() - start) * 1000)
    return {"p50": statistics.median(ms), "p95": _percentile(ms, 95), "runs": len(ms)}


def limit_query_time(store: Any, milliseconds: int) -> None:
    """Make the embedded store end any read query that runs longer than this.

    The bench's own connection to the store's private server sets FalkorDB's
    TIMEOUT_DEFAULT (a run-time setting, not persisted), so one query that
    explodes on a large graph is reported as too slow instead of holding the
    bench for hours.
    """
    from falkordb import FalkorDB

    client = FalkorDB(unix_socket_path=str(store.socket_path))
    try:
        client.config_set("TIMEOUT_DEFAULT", milliseconds)
    finally:
        client.connection.close()


def _query_params(kinds: dict[str, str], values: dict[str, list[Any]], run: int) -> dict[str, Any]:
    """The parameters of one run: each takes the next value of its kind, and two of one
    kind (a and b) take neighbouring values, a pair."""
    seen: Counter[str] = Counter()
    chosen = {}
    for name, kind in kinds.items():
        options = values[kind]
        chosen[name] = options[(run + seen[kind]) % len(options)]
        seen[kind] += 1
    return chosen


def _stage(failures: dict[str, str], name: str, run: Callable[[], object]) -> float | None:
    """Seconds `run` took; None when it failed, the error kept in `failures`: a stage
    that breaks at some size is a finding of the bench, and the other figures stand."""
    try:
        return _timed(run)[1]
    except Exception as error:
        failures[name] = f"{type(error).__name__}: {error}"
        return None


def _build_command(
    paths: Sequence[Path], run_dir: Path, workers: int, failures: dict[str, str]
) -> MeasuredRun:
    """`diplograph build` on a folder of these articles, as a user runs it: a process
    of its own, its memory sampled with its workers' and its server's."""
    folder = run_dir / "articles"
    folder.mkdir()
    for path in paths:
        # The articles linked, not copied: the first k of the corpus are a folder of their own.
        try:
            os.link(path, folder / path.name)
        except OSError:
            shutil.copyfile(path, folder / path.name)
    log = run_dir / "build.log"
    command = [
        sys.executable, "-m", "diplograph", "build", str(folder),
        "--html", str(run_dir / "built.html"),
        "--store", "embedded", "--data-dir", str(run_dir / "end-to-end"),
        "--workers", str(workers),
    ]  # fmt: skip
    with log.open("wb") as output:
        run = run_measured(command, stdout=output, stderr=subprocess.STDOUT)
    if run.returncode != 0:
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        failures["end_to_end"] = f"exit code {run.returncode}: {lines[-1] if lines else ''}"
    return run


def _reopen(settings: Settings) -> None:
    from .graph.store import open_store

    with open_store(settings):
        pass


def _run_each(store: Any, batched: str, rows: list[dict[str, Any]]) -> None:
    statement = one_row_statement(batched)
    for row in rows:
        store.query(statement, {"row": row}, write=True)


def _param_kind(name: str, described: str) -> str:
    """The kind of value a parameter takes: the header's "country: ..." names it, else
    the parameter's own name (hops)."""
    kind, colon, _ = described.partition(":")
    return kind.strip() if colon else name


def _embedded(data_dir: Path) -> Settings:
    return load_settings(store="embedded", data_dir=data_dir)


def _relationship_count(counts: dict[str, dict[str, int]]) -> int:
    return sum(counts["relationships"].values())


def _timed(run: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    value = run()
    return value, time.perf_counter() - start


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else 0.0


def _percentile(values: list[float], percent: int) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _megabytes(maxrss: int) -> float:
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _pyplot() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise UsageError(
            "--plot needs matplotlib: pip install 'diplograph[bench]' (or pip install matplotlib)"
        ) from error
    return plt
