"""The bench: its synthetic corpus, its one-row-per-statement writer, and a whole tiny run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from diplograph.graph.cypher import count_graph, write_rows
from diplograph.graph.rows import to_rows
from diplograph.graph.store import open_store
from diplograph.loaders.model import Article, Entity, Extraction, Relation
from diplograph.loaders.read import read_articles
from diplograph.queries.library import list_queries
from rich.console import Console

from diplograph.bench import (
    CHROMIUM,
    BenchResult,
    print_bench,
    run_bench,
    synthetic_article,
    write_corpus,
    write_rows_one_by_one,
)
from diplograph.config import load_settings


def corpus_files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_a_seed_always_gives_the_same_corpus(tmp_path: Path) -> None:
    write_corpus(tmp_path / "one", 40, seed=7)
    write_corpus(tmp_path / "two", 40, seed=7)
    write_corpus(tmp_path / "other", 40, seed=8)

    assert corpus_files(tmp_path / "one") == corpus_files(tmp_path / "two")
    assert corpus_files(tmp_path / "one") != corpus_files(tmp_path / "other")


def test_the_first_articles_of_a_larger_corpus_are_the_smaller_corpus(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "small", 10, seed=3)
    large = write_corpus(tmp_path / "large", 50, seed=3)

    assert [p.read_text() for p in small] == [p.read_text() for p in large[:10]]


def test_the_corpus_has_the_requested_count_in_both_languages_of_2_to_4_kb(
    tmp_path: Path,
) -> None:
    paths = write_corpus(tmp_path, 300, seed=0)

    assert len(paths) == len(set(paths)) == 300
    languages = {p.stem.rsplit("_", 1)[1] for p in paths}
    assert languages == {"en", "bn"}
    for path in paths:
        data = path.read_bytes()
        assert 2_000 <= len(data) <= 4_096, path.name
        text = data.decode("utf-8")
        assert text.startswith("title: ") and "\ndate: 20" in text
        assert "{" not in text and "}" not in text, f"unfilled placeholder in {path.name}"


def test_the_reader_gets_each_articles_language_title_and_date(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 30, seed=5)

    articles = list(read_articles([str(p) for p in paths]))

    assert len(articles) == 30
    for index, (path, article) in enumerate(zip(paths, articles, strict=True)):
        made = synthetic_article(5, index)
        assert (article.language, article.title, article.date) == (
            made.language,
            made.title,
            made.date,
        ), path.name


def test_bengali_articles_write_bengali_digits_and_names() -> None:
    bengali = next(a for a in (synthetic_article(0, i) for i in range(50)) if a.language == "bn")
    body = bengali.text.split("\n\n", 1)[1]

    assert not any(c.isascii() and c.isalnum() for c in body)


def sample_extractions() -> list[Extraction]:
    """Two articles reporting one meeting (once each way round) and their structure."""
    adviser = Entity(
        "official:jhngr-alm-chdhry",
        "Official",
        "Jahangir Alam Chowdhury",
        aliases=["জাহাঙ্গীর আলম চৌধুরী"],
        country="Bangladesh",
        title="Home Adviser",
        agency="agency:bgd:ministry-of-home-affairs",
    )
    ministry = Entity(
        "agency:bgd:ministry-of-home-affairs",
        "Agency",
        "Ministry of Home Affairs",
        country="Bangladesh",
    )
    bangladesh = Entity("country:BGD", "Country", "Bangladesh", country="Bangladesh")
    pakistan = Entity("country:PAK", "Country", "Pakistan", country="Pakistan")
    topic = Entity("topic:border_security", "Topic", "border security")
    entities = [adviser, ministry, bangladesh, pakistan, topic]
    first = Extraction(
        Article("The adviser met the envoy of Pakistan.", title="Talks", date="2025-03-02"),
        entities,
        [
            Relation(
                "MET", adviser.id, pakistan.id, ["topic:border_security"], "2025-03-02", "Met."
            ),
            Relation("OFFERED", pakistan.id, bangladesh.id, [], None, "Pakistan offered help."),
        ],
    )
    second = Extraction(
        Article("পাকিস্তানের দূত উপদেষ্টার সঙ্গে দেখা করেন।", language="bn", date="2025-03-02"),
        entities,
        [Relation("MET", pakistan.id, adviser.id, [], "2025-03-02", "দেখা করেন।")],
    )
    return [first, second]


def stored_graph(store) -> list[dict]:
    return store.query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, "
        "r.articles AS articles, r.evidence AS evidence, r.topics AS topics, r.sources AS sources "
        "ORDER BY a, type, b"
    )


def test_one_merge_per_row_stores_the_same_graph_as_the_batched_writer(tmp_path: Path) -> None:
    rows = to_rows(sample_extractions())
    graphs = []
    for name, write in (("batched", write_rows), ("naive", write_rows_one_by_one)):
        with open_store(load_settings(store="embedded", data_dir=tmp_path / name)) as store:
            write(store, rows)
            write(store, rows)  # a second load changes nothing, as for the batched writer
            graphs.append((count_graph(store), stored_graph(store)))

    batched, naive = graphs
    assert naive == batched
    assert batched[0]["relationships"]["MET"] == 1


def test_a_tiny_bench_fills_every_figure(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    json_path, plot_path = tmp_path / "bench.json", tmp_path / "bench.png"

    result = run_bench(
        30,
        workers=2,
        json_path=json_path,
        plot_path=plot_path,
        seed=1,
        data_dir=tmp_path,
        sizes=[10, 1_000],
    )

    saved = json.loads(json_path.read_text())
    assert saved == json.loads(json.dumps(result.to_json()))
    assert set(saved) == set(BenchResult.__dataclass_fields__)
    assert saved["articles"] == 30 and saved["workers"] == 2
    assert set(saved["languages"]) == {"en", "bn"} and sum(saved["languages"].values()) == 30
    for rate in (
        "read_only_articles_per_s",
        "extract_articles_per_s",
        "extract_articles_per_s_workers",
        "load_relationships_per_s",
        "naive_load_relationships_per_s",
    ):
        assert saved[rate] > 0, rate
    assert saved["failures"] == {}
    for seconds in (
        "end_to_end_s",
        "reopen_s",
        "render_s",
        "naive_load_estimated_s",
        "incremental_load_s",
    ):
        assert saved[seconds] > 0, seconds
    assert saved["incremental_articles"] == 100
    assert saved["naive_load_sample_articles"] == 30
    assert saved["extracted_relations"] > 0
    assert saved["nodes"] > 30 and saved["relationships"] > saved["extracted_relations"] / 2
    assert saved["html_bytes"] > 10_000
    if CHROMIUM.exists():
        assert saved["html_settle_s"] > 0 and saved["html_settle_skipped"] is None
    else:
        assert saved["html_settle_s"] is None and "chromium" in saved["html_settle_skipped"]
    # The build's memory is its own process tree's, sampled while it ran: the
    # command, its two workers and the server it started.
    assert set(saved["peak_mb_by_process"]) == {"command", "workers", "FalkorDB server"}
    assert all(mb > 5 for mb in saved["peak_mb_by_process"].values())
    assert saved["peak_rss_mb"] >= max(saved["peak_mb_by_process"].values())
    assert 0 < saved["peak_pss_mb"] <= saved["peak_rss_mb"]
    assert saved["bench_process_peak_rss_mb"] > 10
    assert set(saved["query_ms"]) | set(saved["queries_skipped"]) == {
        q.name for q in list_queries()
    }
    assert saved["queries_skipped"] == {}
    for timing in saved["query_ms"].values():
        assert 0 < timing["p50"] <= timing["p95"]
        assert 1 <= timing["runs"] <= 20
    # The plot's sizes: those below the corpus size, then the corpus itself.
    assert [point["articles"] for point in saved["scaling"]] == [10, 30]
    assert plot_path.read_bytes().startswith(b"\x89PNG")

    console = Console(record=True, width=160)
    print_bench(result, console)
    shown = console.export_text()
    assert "30 articles" in shown
    assert "load 100 more articles" in shown
    assert all(q.name in shown for q in list_queries())
