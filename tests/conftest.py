"""Shared fixtures: settings in a temporary data directory, a real store on each backend,
and three small hand-written extractions (English and Bengali) to write into it.

The neo4j backend runs only when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE as for diplograph itself); its graph is cleared before each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from diplograph.graph.cypher import clear
from diplograph.graph.store import Store, open_store
from diplograph.loaders.model import Article, Entity, Extraction, Relation

from diplograph.config import Settings, load_settings

BGD = Entity("country:BGD", "Country", "Bangladesh", ["বাংলাদেশ"], "Bangladesh")
NPL = Entity("country:NPL", "Country", "Nepal", ["নেপাল"], "Nepal")
BTN = Entity("country:BTN", "Country", "Bhutan", [], "Bhutan")
MOFA = Entity(
    "agency:bgd:ministry-of-foreign-affairs",
    "Agency",
    "Ministry of Foreign Affairs",
    [],
    "Bangladesh",
)
IOM = Entity(
    "agency:int:international-organization-for-migration",
    "Agency",
    "International Organization for Migration",
    ["IOM"],
)
RINA = Entity(
    "official:rina-das",
    "Official",
    "Rina Das",
    ["Ms Rina Das"],
    "Bangladesh",
    title="Foreign Adviser",
    agency=MOFA.id,
)
RINA_BN = Entity("official:rina-das", "Official", "Rina Das", ["রিনা দাস"], "Bangladesh")
HARI = Entity("official:hari-thapa", "Official", "Hari Thapa", [], "Nepal", title="Ambassador")
HARI_BN = Entity("official:hari-thapa", "Official", "Hari Thapa", ["হরি থাপা"], "Nepal")
TRADE = Entity("topic:trade", "Topic", "trade", ["commerce"])
ENERGY = Entity("topic:energy", "Topic", "energy")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for the embedded store in a fresh temporary data directory."""
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture(params=["embedded", "neo4j"])
def store(request: pytest.FixtureRequest, settings: Settings) -> Iterator[Store]:
    """A real empty store, schema ensured: the embedded FalkorDB, or Neo4j if NEO4J_URI is set."""
    if request.param == "neo4j":
        if not os.environ.get("NEO4J_URI"):
            pytest.skip("NEO4J_URI is not set")
        settings = load_settings(store="neo4j", data_dir=settings.data_dir)
    with open_store(settings) as opened:
        if request.param == "neo4j":
            clear(opened)
        yield opened


def first_article() -> Extraction:
    """English, 10 March 2025: Bangladesh and Nepal meet, one asks, both agree."""
    text = (
        "Rina Das held talks with Hari Thapa in Dhaka. "
        "Hari Thapa asked Bangladesh to buy more hydropower. "
        "The two countries agreed to build a new power line."
    )
    article = Article(text, "en", "Talks on power", "2025-03-10", "Example News", "a1.html")
    return Extraction(
        article,
        [BGD, NPL, RINA, HARI, MOFA, TRADE, ENERGY],
        [
            Relation(
                "MET",
                RINA.id,
                HARI.id,
                ["trade"],
                "2025-03-10",
                "Rina Das held talks with Hari Thapa in Dhaka.",
            ),
            Relation(
                "REQUESTED",
                HARI.id,
                BGD.id,
                ["topic:energy"],
                "2025-03-10",
                "Hari Thapa asked Bangladesh to buy more hydropower.",
            ),
            Relation(
                "AGREED",
                BGD.id,
                NPL.id,
                ["energy"],
                "2025-03-10",
                "The two countries agreed to build a new power line.",
            ),
        ],
    )


def second_article() -> Extraction:
    """Bengali: the same meeting reported the other way round, and an earlier one."""
    text = "হরি থাপা ঢাকায় রিনা দাসের সঙ্গে বৈঠক করেন। রিনা দাস গত ডিসেম্বরে হরি থাপার সঙ্গে দেখা করেছিলেন।"
    article = Article(text, "bn", "ঢাকায় বৈঠক", "2025-03-11", "উদাহরণ সংবাদ", "a2.html")
    return Extraction(
        article,
        [BGD, NPL, RINA_BN, HARI_BN, TRADE],
        [
            Relation(
                "MET",
                HARI.id,
                RINA.id,
                ["trade"],
                "2025-03-10",
                "হরি থাপা ঢাকায় রিনা দাসের সঙ্গে বৈঠক করেন।",
            ),
            Relation(
                "MET",
                RINA.id,
                HARI.id,
                [],
                "2024-12-01",
                "রিনা দাস গত ডিসেম্বরে হরি থাপার সঙ্গে দেখা করেছিলেন।",
            ),
        ],
    )


def third_article() -> Extraction:
    """English, undated: Bhutan and Bangladesh agree on trade; IOM offers help."""
    text = (
        "Bhutan and Bangladesh agreed to cut tariffs on fruit. "
        "IOM offered to help workers coming home."
    )
    article = Article(text, "en", "Fruit and workers", None, None, None, "https://news.example/a3")
    return Extraction(
        article,
        [BGD, BTN, IOM, TRADE],
        [
            Relation(
                "AGREED",
                BTN.id,
                BGD.id,
                ["trade"],
                "2025-02-01",
                "Bhutan and Bangladesh agreed to cut tariffs on fruit.",
            ),
            Relation(
                "OFFERED", IOM.id, BGD.id, [], None, "IOM offered to help workers coming home."
            ),
        ],
    )


@pytest.fixture
def articles() -> list[Extraction]:
    """The three sample extractions, in order."""
    return [first_article(), second_article(), third_article()]
