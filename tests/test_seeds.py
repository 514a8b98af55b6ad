"""The three seed articles the project was created from (in ../shared, beside the
checkout, on developer machines and in CI): one person, one node, both scripts."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

import diplograph

SHARED = Path(__file__).parent.parent.parent / "shared"
SEEDS = [SHARED / "corpus" / "dev" / f"seed_00{n}.txt" for n in (0, 3, 4)]
pytestmark = pytest.mark.skipif(
    not all(p.exists() for p in SEEDS), reason="../shared/corpus/dev is not beside the checkout"
)


def test_the_seeds_give_one_node_for_the_home_adviser_in_both_scripts(tmp_path):
    report = diplograph.load(SEEDS, data_dir=tmp_path)
    assert report.ok and report.articles == 3
    rows = diplograph.query(
        "MATCH (o:Official) WHERE any(a IN o.aliases WHERE a CONTAINS 'Jahangir') "
        "OR any(a IN o.aliases WHERE a CONTAINS $bn) RETURN o.name AS name, o.aliases AS aliases",
        {"bn": "জাহাঙ্গীর"},
        data_dir=tmp_path,
    )
    assert len(rows) == 1
    assert rows[0]["name"] == "Jahangir Alam Chowdhury"
    aliases = rows[0]["aliases"]
    assert any("জাহাঙ্গীর" in a for a in aliases)
    assert any("Jahangir" in a for a in aliases)
    # Both seed articles that name him are linked to the one node.
    mentions = diplograph.query(
        "MATCH (a:Article)-[:MENTIONS]->(o:Official {name: $name}) RETURN count(a) AS n",
        {"name": "Jahangir Alam Chowdhury"},
        data_dir=tmp_path,
    )
    assert mentions == [{"n": 2}]


def test_the_dev_corpus_scores_with_the_shared_scorer(tmp_path):
    corpus = SHARED / "corpus" / "dev"
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for extraction in diplograph.extract(sorted(corpus.glob("*.txt"))):
            out.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    scored = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(predictions),
         str(SHARED / "eval" / "gold"), "--corpus", str(corpus), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    scores = json.loads(scored.stdout)
    assert scores["missing"] == []
    assert scores["evidence"]["p"] == 1.0
    # Floors well under today's figures: a regression guard, not a target.
    assert scores["entities"]["f1"] >= 0.85
    assert scores["relations"]["f1"] >= 0.7
    assert scores["dyads"]["f1"] >= 0.8
    assert scores["Topic"]["f1"] >= 0.75
