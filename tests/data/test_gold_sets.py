"""The held-out gold sets stay usable yardsticks: every file reads as the shared
scorer expects, names its own entities and quotes its own article."""

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).parent
# Articles per language in each set: a file lost or added in one language fails.
PER_LANGUAGE = {
    "heldout": 8,
    "heldout2": 8,
    "heldout3": 10,
    "heldout4": 10,
    "heldout5": 10,
    "heldout6": 10,
    "heldout7": 10,
    "heldout8": 10,
    "heldout9": 10,
    "heldout10": 10,
    "heldout11": 10,
    "heldout12": 10,
    "heldout13": 10,
    "heldout14": 10,
    "heldout15": 10,
    "heldout16": 10,
    "heldout17": 10,
    "heldout18": 10,
    "heldout19": 10,
    "heldout20": 10,
    "heldout21": 10,
    "heldout22": 10,
    "heldout23": 10,
    "heldout24": 10,
    "heldout25": 10,
    "heldout26": 10,
    "heldout27": 10,
    "heldout28": 10,
    "heldout29": 10,
    "heldout30": 10,
    "heldout31": 10,
    "heldout32": 10,
    "heldout33": 10,
    "heldout34": 10,
}
SETS = [HERE / name for name in PER_LANGUAGE]
GOLD = [path for folder in SETS for path in sorted((folder / "gold").glob("*.json"))]
INTERACTIONS = {"MET", "REQUESTED", "AGREED", "OFFERED"}
ACTORS = {"Country", "Official", "Agency"}


def topic_ids() -> set[str]:
    vocabulary = files("diplograph.loaders") / "lang" / "topics.yaml"
    return set(yaml.safe_load(vocabulary.read_text(encoding="utf-8")))


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_each_set_pairs_articles_and_gold_its_count_per_language_with_a_precision_article(folder):
    gold = sorted((folder / "gold").glob("*.json"))
    assert {p.stem for p in (folder / "articles").glob("*.txt")} == {p.stem for p in gold}
    annotations = [json.loads(p.read_text(encoding="utf-8")) for p in gold]
    for language in ("en", "bn"):
        of_language = [a for a in annotations if a["language"] == language]
        assert len(of_language) == PER_LANGUAGE[folder.name]
        assert any(not a["relations"] for a in of_language)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_relations_name_entities_of_the_same_file_and_quote_the_article(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent.parent / "articles" / gold["file"]).read_text(encoding="utf-8")
    names = {e["name"] for e in gold["entities"]}
    assert len(names) == len(gold["entities"]), "entity names must be unique"
    assert all(e["type"] in ACTORS for e in gold["entities"])
    for relation in gold["relations"]:
        assert relation["type"] in INTERACTIONS
        assert {relation["source"], relation["target"]} <= names
        assert relation["evidence"] in text


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_topics_are_ids_of_the_vocabulary(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    used = set(gold["topics"]).union(*(r["topics"] for r in gold["relations"]))
    assert used <= topic_ids()


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_article_and_relation_dates_are_iso_dates_or_null(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    dates = [gold["date"], *(r.get("date") for r in gold["relations"])]
    for value in dates:
        assert value is None or date.fromisoformat(value).isoformat() == value
