"""Precision, recall and F1 of extractions against gold annotations.

The gold format is one JSON file per article (NAME.json for NAME.txt) with
`entities` (type, name, aliases, country), `topics` (ids) and `relations`
(type, source and target gold names, evidence). The measures: entities per
type, interactions strict (type and both endpoints; MET and AGREED either way
round), interactions at country level (each endpoint replaced by its
country), topics per article, evidence found verbatim in the text, and the
publication date.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from .model import ACTOR_TYPES, INTERACTION_TYPES, SYMMETRIC_TYPES, Extraction

MEASURES = (
    "entities", "Country", "Official", "Agency", "Topic", "relations", "dyads",
    "relations:MET", "relations:REQUESTED", "relations:AGREED", "relations:OFFERED",
    "en:entities", "bn:entities", "en:relations", "bn:relations", "en:dyads", "bn:dyads",
    "evidence", "date",
)  # fmt: skip


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(not self.fn)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    """Counts per measure, micro-averaged over articles; articles without a prediction."""

    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    articles: int = 0
    missing: list[str] = field(default_factory=list)

    def add(self, key: str, tp: int, fp: int, fn: int) -> None:
        c = self.counts[key]
        c.tp, c.fp, c.fn = c.tp + tp, c.fp + fp, c.fn + fn

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            key: {
                "p": self.counts[key].precision,
                "r": self.counts[key].recall,
                "f1": self.counts[key].f1,
                "tp": self.counts[key].tp,
                "fp": self.counts[key].fp,
                "fn": self.counts[key].fn,
            }
            for key in MEASURES
        }
        out["articles"] = self.articles
        out["missing"] = list(self.missing)
        return out


@functools.cache
def _ignored_words() -> frozenset[str]:
    path = files("diplograph.loaders") / "lang" / "compare_ignore.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(
        unicodedata.normalize("NFKC", w.strip()) for w in lines if w.strip() and w[0] != "#"
    )


def normal_name(text: str | None) -> str:
    """A name as compared: case, possessive, punctuation, honorifics and ranks removed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    text = re.sub(r"[’']s\b", "", text)
    words = re.sub(r"[^\w\s]", " ", text).split()
    return " ".join(w for w in words if w not in _ignored_words())


def _names(entity: dict[str, Any]) -> set[str]:
    names = {normal_name(entity.get("name"))} | {
        normal_name(a) for a in entity.get("aliases") or []
    }
    names.discard("")
    return names


def _match(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, str]:
    """Predicted id -> gold name, by type and a shared name; one gold entity may take
    several duplicate predictions but counts once."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for second_pass in (False, True):
        for p in predicted:
            if p["id"] in mapping:
                continue
            for g in gold:
                if g["type"] != p["type"] or (g["name"] in taken and not second_pass):
                    continue
                if _names(p) & _names(g):
                    mapping[p["id"]] = g["name"]
                    taken.add(g["name"])
                    break
    return mapping


def _relation_key(rtype: str, source: str, target: str) -> tuple[str, str, str]:
    if rtype in SYMMETRIC_TYPES:
        source, target = sorted((source, target))
    return rtype, source, target


def score_article(
    pred: dict[str, Any], gold: dict[str, Any], text: str, result: Evaluation
) -> None:
    """Add one article's counts to `result`; `pred` is an extraction's JSON object."""
    lang = gold.get("language", "xx")
    gold_entities = gold["entities"]
    actors = [e for e in pred.get("entities", []) if e.get("type") in ACTOR_TYPES]
    mapping = _match(actors, gold_entities)
    for etype in ACTOR_TYPES:
        golds = {g["name"] for g in gold_entities if g["type"] == etype}
        preds = [p for p in actors if p["type"] == etype]
        matched = {mapping[p["id"]] for p in preds if p["id"] in mapping}
        unmatched = sum(p["id"] not in mapping for p in preds)
        for key in (etype, f"{lang}:{etype}", "entities", f"{lang}:entities"):
            result.add(key, len(matched), unmatched, len(golds - matched))

    gold_topics = set(gold.get("topics", []))
    pred_topics = {
        e["id"].removeprefix("topic:") for e in pred.get("entities", []) if e.get("type") == "Topic"
    }
    for rel in pred.get("relations", []):
        pred_topics |= set(rel.get("topics") or [])
    result.add(
        "Topic",
        len(gold_topics & pred_topics),
        len(pred_topics - gold_topics),
        len(gold_topics - pred_topics),
    )

    country_of_name: dict[str, str] = {}
    for g in gold_entities:
        if g["type"] == "Country":
            for n in _names(g):
                country_of_name[n] = g["name"]

    def country(entity: dict[str, Any]) -> str | None:
        c = entity.get("name") if entity.get("type") == "Country" else entity.get("country")
        return country_of_name.get(normal_name(c), normal_name(c)) if c else None

    gold_by_name = {g["name"]: g for g in gold_entities}
    gold_rel = {
        _relation_key(r["type"], r["source"], r["target"])
        for r in gold.get("relations", [])
        if r["type"] in INTERACTION_TYPES
    }
    gold_dyads = set()
    for rtype, s, t in gold_rel:
        cs, ct = country(gold_by_name.get(s, {})), country(gold_by_name.get(t, {}))
        if cs and ct:
            gold_dyads.add(_relation_key(rtype, cs, ct))

    by_id = {e["id"]: e for e in pred.get("entities", [])}
    flat_text = " ".join(text.split())
    pred_rel, pred_dyads = set(), set()
    for rel in pred.get("relations", []):
        if rel.get("type") not in INTERACTION_TYPES:
            continue
        evidence = " ".join(str(rel.get("evidence") or "").split())
        result.add(
            "evidence",
            int(bool(evidence) and evidence in flat_text),
            int(not evidence or evidence not in flat_text),
            0,
        )
        s, t = rel["source"], rel["target"]
        pred_rel.add(_relation_key(rel["type"], mapping.get(s, "?" + s), mapping.get(t, "?" + t)))
        cs, ct = country(by_id.get(s, {})), country(by_id.get(t, {}))
        if cs and ct:
            pred_dyads.add(_relation_key(rel["type"], cs, ct))
    for key in ("relations", f"{lang}:relations"):
        result.add(
            key, len(pred_rel & gold_rel), len(pred_rel - gold_rel), len(gold_rel - pred_rel)
        )
    for rtype in INTERACTION_TYPES:
        g = {x for x in gold_rel if x[0] == rtype}
        p = {x for x in pred_rel if x[0] == rtype}
        result.add(f"relations:{rtype}", len(p & g), len(p - g), len(g - p))
    for key in ("dyads", f"{lang}:dyads"):
        result.add(
            key,
            len(pred_dyads & gold_dyads),
            len(pred_dyads - gold_dyads),
            len(gold_dyads - pred_dyads),
        )

    gold_date, pred_date = gold.get("date"), (pred.get("article") or {}).get("date")
    if gold_date:
        result.add(
            "date",
            int(pred_date == gold_date),
            int(bool(pred_date) and pred_date != gold_date),
            int(not pred_date),
        )
    elif pred_date:
        result.add("date", 0, 1, 0)


def evaluate_extractions(
    extractions: Iterable[Extraction], gold_dir: Path, corpus_dir: Path
) -> Evaluation:
    """Score extractions of the articles in `corpus_dir` against `gold_dir`/NAME.json."""
    golds = {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(Path(gold_dir).glob("*.json"))
    }
    preds = {Path(str(x.article.path or x.article.id)).stem: x.to_json() for x in extractions}
    result = Evaluation(articles=len(golds))
    for stem, gold in golds.items():
        pred = preds.get(stem)
        if pred is None:
            result.missing.append(stem)
            pred = {"entities": [], "relations": []}
        text_file = Path(corpus_dir) / gold.get("file", stem + ".txt")
        text = text_file.read_text(encoding="utf-8", errors="replace") if text_file.exists() else ""
        score_article(pred, gold, text, result)
    return result
