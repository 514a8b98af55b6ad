"""Extraction in worker processes: input order kept, a bounded number of articles in flight."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from diplograph.loaders.model import Article
from diplograph.loaders.read import read_articles

from diplograph import parallel


def test_workers_extract_in_input_order_with_a_bounded_window(monkeypatch):
    monkeypatch.setattr(parallel, "WINDOW", 8)
    monkeypatch.setattr(parallel, "CHUNK", 2)
    texts = [f"Bangladesh and Nepal signed agreement number {n} in Dhaka." for n in range(40)]
    pulled: list[int] = []

    def articles():
        for number, text in enumerate(texts):
            pulled.append(number)
            yield Article(text)

    got = []
    with parallel.extraction_pool(2) as pool:
        if pool is None:
            pytest.skip("no fork start method here")
        for extraction in parallel.extract_all(articles(), pool):
            got.append(extraction.article.text)
            # Read and not yet given back: the window in the workers, and the rest
            # of the chunk being given back.
            assert len(pulled) - len(got) <= 8 + 2

    assert got == texts


def test_workers_extract_what_one_process_extracts():
    folders = sorted((Path(__file__).parent / "data").glob("heldout*/articles"))[:3]
    articles = list(read_articles(folders))
    alone = [e.to_json() for e in parallel.extract_all(articles, None)]
    with parallel.extraction_pool(2) as pool:
        if pool is None:
            pytest.skip("no fork start method here")
        extractions = list(parallel.extract_all(articles, pool))

    assert [e.to_json() for e in extractions] == alone
    assert any(e.relations for e in extractions) and any(e.entities for e in extractions)
    # The caller's own articles, not copies sent back by the workers.
    assert all(e.article is a for e, a in zip(extractions, articles, strict=True))


def test_extraction_spaces_collections_only_while_it_runs():
    before = gc.get_threshold()
    during = []
    for _ in parallel.extract_all([Article("Nepal and Bangladesh met in Dhaka.")], None):
        during.append(gc.get_threshold()[0])

    assert during == [parallel.YOUNG_COLLECTION_EVERY]
    assert gc.get_threshold() == before


def test_workers_reading_the_files_give_what_one_process_gives(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Bangladesh and Nepal signed an agreement in Dhaka.\n")
    (folder / "b.json").write_text("{not json")
    (folder / "d.html").write_text("<html><body></body></html>")
    (folder / "c.jsonl").write_text(
        '{"text": "India offered Sri Lanka help with its ports."}\n'
        "[1, 2]\n"
        '{"text": "Japan and Bangladesh met in Tokyo on Monday."}\n'
    )
    paths = [folder, tmp_path / "missing.txt", folder / "a.txt"]

    def run(pool):
        errors: list[str] = []
        got = [e.to_json() for e in parallel.extract_files(paths, pool, errors.append)]
        return got, [str(e) for e in errors]

    alone = run(None)
    with parallel.extraction_pool(2) as pool:
        if pool is None:
            pytest.skip("no fork start method here")
        assert run(pool) == alone
    extractions, errors = alone
    assert len(extractions) == 4 and len(errors) == 4
