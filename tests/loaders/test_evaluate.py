"""`diplograph evaluate` measures what the shared scorer measures."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from diplograph.loaders.evaluate import Evaluation, score_article

import diplograph

ROOT = Path(__file__).parent.parent.parent
HELDOUT = ROOT / "tests" / "data" / "heldout"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

TEXT = "Nepal's Foreign Minister Arzu Rana Deuba met Home Adviser Md Jahangir Alam Chowdhury."
GOLD = {
    "language": "en",
    "date": None,
    "entities": [
        {"type": "Official", "name": "Arzu Rana Deuba", "aliases": [], "country": "Nepal"},
        {"type": "Official", "name": "Jahangir Alam Chowdhury", "aliases": [],
         "country": "Bangladesh"},
        {"type": "Country", "name": "Nepal", "aliases": [], "country": "Nepal"},
    ],
    "topics": [],
    "relations": [
        {"type": "MET", "source": "Arzu Rana Deuba", "target": "Jahangir Alam Chowdhury",
         "topics": [], "evidence": TEXT},
    ],
}  # fmt: skip


def prediction(source: str, target: str, rtype: str = "MET") -> dict:
    return {
        "article": {"date": None},
        "entities": [
            {"id": "a", "type": "Official", "name": "Arzu Rana Deuba", "country": "Nepal"},
            {"id": "b", "type": "Official", "name": "Lt Gen Md Jahangir Alam Chowdhury (retd)",
             "country": "Bangladesh"},
            {"id": "c", "type": "Country", "name": "Nepal", "country": "Nepal"},
        ],
        "relations": [{"type": rtype, "source": source, "target": target, "evidence": TEXT}],
    }  # fmt: skip


def test_a_meeting_read_either_way_round_is_right_and_honorifics_do_not_matter():
    result = Evaluation()
    score_article(prediction("b", "a"), GOLD, TEXT, result)
    assert result.counts["relations"].f1 == 1.0
    assert result.counts["Official"].f1 == 1.0
    assert result.counts["evidence"].precision == 1.0


def test_a_request_is_not_a_meeting():
    result = Evaluation()
    score_article(prediction("a", "b", "REQUESTED"), GOLD, TEXT, result)
    assert result.counts["relations"].tp == 0
    assert result.counts["relations"].fp == 1 and result.counts["relations"].fn == 1


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the checkout")
def test_evaluate_agrees_with_the_shared_scorer_on_the_held_out_set(tmp_path):
    ours = diplograph.evaluate(HELDOUT / "gold", HELDOUT / "articles").to_json()
    predictions = tmp_path / "pred.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        for extraction in diplograph.extract(sorted((HELDOUT / "articles").glob("*.txt"))):
            out.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    theirs = json.loads(
        subprocess.run(
            [sys.executable, str(SCORER), str(predictions), str(HELDOUT / "gold"),
             "--corpus", str(HELDOUT / "articles"), "--json"],
            capture_output=True, text=True, check=True,
        ).stdout
    )  # fmt: skip
    for measure in ("entities", "Country", "Official", "Agency", "relations", "dyads", "evidence"):
        counts = [(m[measure]["tp"], m[measure]["fp"], m[measure]["fn"]) for m in (ours, theirs)]
        assert counts[0] == counts[1], measure
