"""Extraction in worker processes: input order kept, a bounded number of articles in flight."""

from __future__ import annotations

import pytest
from diplograph.loaders.model import Article

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
