"""Shared fixtures: settings in a temporary data directory, a real store on each backend,
and three small hand-written extractions (English and Bengali) to write into it.

The neo4j backend runs only when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD,
NEO4J_DATABASE as for diplograph itself); its graph is cleared before each test.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from diplograph.graph.cypher import clear, count_graph
from diplograph.graph.store import Store, open_store
from diplograph.graph.store_falkor import servers_using
from diplograph.loaders.model import Article, Entity, Extraction, Relation

from diplograph.config import Settings, load_settings

# The installed console script, next to the interpreter running the tests.
DIPLOGRAPH = Path(sys.executable).parent / "diplograph"

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


# A few hundred small articles from our own templates, English and Bengali, for the
# tests that kill, race or rerun loads: events recur across articles (and so across
# write batches), meetings are reported both ways round, offers have no date.
COUNTRIES = [
    ("BGD", "Bangladesh", "বাংলাদেশ"),
    ("NPL", "Nepal", "নেপাল"),
    ("BTN", "Bhutan", "ভুটান"),
    ("IND", "India", "ভারত"),
    ("JPN", "Japan", "জাপান"),
    ("LKA", "Sri Lanka", "শ্রীলঙ্কা"),
]
OFFICIALS = [
    ("rina-das", "Rina Das", "রিনা দাস", "Commerce Adviser"),
    ("hari-thapa", "Hari Thapa", "হরি থাপা", "Trade Minister"),
    ("karma-dorji", "Karma Dorji", "কর্মা দরজি", "Foreign Secretary"),
    ("anil-mehta", "Anil Mehta", "অনিল মেহতা", "High Commissioner"),
    ("kenji-sato", "Kenji Sato", "কেনজি সাতো", "Ambassador"),
    ("nimal-perera", "Nimal Perera", "নিমল পেরেরা", "Energy Minister"),
]
TOPICS = [
    ("trade", "বাণিজ্য"),
    ("energy", "জ্বালানি"),
    ("health", "স্বাস্থ্য"),
    ("water", "পানি"),
    ("education", "শিক্ষা"),
]
EVENT_DATES = [f"2025-{month:02d}-{day:02d}" for month in (1, 4, 7, 10) for day in (3, 14, 25)]


def generated_extraction(number: int) -> Extraction:
    """Article `number` of the generated set: two officials meet, one asks the other's
    country for help, the two countries agree, a ministry offers help."""
    a = number % len(COUNTRIES)
    b = (a + 1 + number // len(COUNTRIES)) % len(COUNTRIES)
    if b == a:
        b = (a + 1) % len(COUNTRIES)
    (iso_a, country_a, country_a_bn), (iso_b, country_b, country_b_bn) = COUNTRIES[a], COUNTRIES[b]
    key_a, name_a, name_a_bn, title_a = OFFICIALS[a]
    key_b, name_b, name_b_bn, _ = OFFICIALS[b]
    topic, topic_bn = TOPICS[number % len(TOPICS)]
    date = EVENT_DATES[(number // 7) % len(EVENT_DATES)]
    bengali = number % 3 == 0
    if bengali:
        sentences = [
            f"{name_a_bn} {date} তারিখে {name_b_bn}-এর সঙ্গে {topic_bn} নিয়ে বৈঠক করেন।",
            f"{name_b_bn} {topic_bn} খাতে {country_a_bn}-এর সহায়তা চান।",
            f"{country_a_bn} ও {country_b_bn} {topic_bn} বিষয়ে একমত হয়।",
            f"{country_a_bn}-এর বাণিজ্য মন্ত্রণালয় {country_b_bn}-কে সহায়তার প্রস্তাব দেয়।",
            f"এটি {number} নম্বর প্রতিবেদন।",
        ]
    else:
        sentences = [
            f"{title_a} {name_a} met {name_b} on {date} to talk about {topic}.",
            f"{name_b} asked {country_a} for support on {topic}.",
            f"{country_a} and {country_b} agreed to work together on {topic}.",
            f"The Ministry of Commerce of {country_a} offered help to {country_b}.",
            f"This is bulletin number {number}.",
        ]
    agency = f"agency:{iso_a.lower()}:ministry-of-commerce"
    official_a = Entity(
        f"official:{key_a}",
        "Official",
        name_a,
        [name_a_bn if bengali else name_a],
        country_a,
        title=None if bengali else title_a,
        agency=agency,
    )
    official_b = Entity(
        f"official:{key_b}", "Official", name_b, [name_b_bn if bengali else name_b], country_b
    )
    entities = [
        Entity(f"country:{iso_a}", "Country", country_a, [country_a_bn], country_a),
        Entity(f"country:{iso_b}", "Country", country_b, [country_b_bn], country_b),
        official_a,
        official_b,
        Entity(agency, "Agency", "Ministry of Commerce", [], country_a),
        Entity(f"topic:{topic}", "Topic", topic, [topic_bn]),
    ]
    # Every other report names the meeting the other way round: still one event.
    met = (official_a.id, official_b.id) if number % 2 else (official_b.id, official_a.id)
    relations = [
        Relation("MET", *met, [topic], date, sentences[0]),
        Relation("REQUESTED", official_b.id, f"country:{iso_a}", [topic], date, sentences[1]),
        Relation("AGREED", f"country:{iso_a}", f"country:{iso_b}", [topic], date, sentences[2]),
        Relation("OFFERED", agency, f"country:{iso_b}", [], None, sentences[3]),
    ]
    text = " ".join(sentences)
    article = Article(
        text,
        "bn" if bengali else "en",
        f"Bulletin {number}",
        date,
        "Example Wire",
        f"{number:04d}.txt",
    )
    return Extraction(article, entities, relations)


@dataclass(frozen=True)
class NewsSet:
    """Generated articles on disk: as text files (for `diplograph load`) and as their
    extractions in JSON Lines (for WRITER_SCRIPT)."""

    files: list[Path]
    extractions: Path


@pytest.fixture(scope="session")
def make_news_set(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, range], NewsSet]:
    """A function giving the generated articles of `numbers`. Each article is one file
    whatever the sets it is in, so two sets sharing an article store it alike."""
    folder = tmp_path_factory.mktemp("articles")

    def make(name: str, numbers: range) -> NewsSet:
        files, lines = [], []
        for number in numbers:
            extraction = generated_extraction(number)
            file = folder / extraction.article.path
            if not file.exists():
                file.write_text(extraction.article.text + "\n")
            files.append(file)
            lines.append(json.dumps(extraction.to_json(), ensure_ascii=False))
        extractions = tmp_path_factory.mktemp(name) / "extractions.jsonl"
        extractions.write_text("\n".join(lines) + "\n")
        return NewsSet(files, extractions)

    return make


# Loads extractions saved as JSON Lines into the embedded store in DATA_DIR the way
# `diplograph load` does (rows of a batch of articles, then the next batch), for
# the tests that kill or race loads before the extractor exists.
# Usage: python -c WRITER_SCRIPT EXTRACTIONS.jsonl DATA_DIR BATCH_SIZE
WRITER_SCRIPT = """
import json, sys
from itertools import islice
from pathlib import Path
from diplograph.config import Settings
from diplograph.errors import DiplographError
from diplograph.graph.cypher import write_rows
from diplograph.graph.rows import to_rows
from diplograph.graph.store import open_store
from diplograph.loaders.model import Extraction

source, data_dir, batch_size = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
try:
    with open(source, encoding="utf-8") as lines, open_store(Settings(data_dir=data_dir)) as store:
        extractions = (Extraction.from_json(json.loads(line)) for line in lines)
        while batch := list(islice(extractions, batch_size)):
            write_rows(store, to_rows(batch))
except DiplographError as error:
    print(f"error: {error}", file=sys.stderr)
    sys.exit(error.exit_code)
"""


def extractor_available() -> bool:
    """Whether `diplograph load` can run: it needs the extractor (loaders/extract.py)."""
    return importlib.util.find_spec("diplograph.loaders.extract") is not None


def load_command(loader: str, news: NewsSet, data_dir: Path, batch_size: int = 40) -> list[str]:
    """The command that loads `news` into data_dir: the real CLI, or WRITER_SCRIPT."""
    if loader == "cli":
        return [str(DIPLOGRAPH), "load", *map(str, news.files), "--data-dir", str(data_dir)]
    return [
        sys.executable,
        "-c",
        WRITER_SCRIPT,
        str(news.extractions),
        str(data_dir),
        str(batch_size),
    ]


@pytest.fixture(scope="module", params=["writer", "cli"])
def loader(request: pytest.FixtureRequest) -> str:
    """How a test loads articles: WRITER_SCRIPT in a process of its own, or `diplograph
    load` (skipped until the extractor lands)."""
    if request.param == "cli" and not extractor_available():
        pytest.skip("diplograph load needs the extractor (loaders/extract.py), not there yet")
    return request.param


@pytest.fixture(scope="module")
def news_loader(loader: str) -> Callable[..., list[str]]:
    """load_command bound to the `loader` under test."""
    return functools.partial(load_command, loader)


def graph_fingerprint(data_dir: Path) -> dict[str, Any]:
    """What must be equal between two loads of the same articles, read from the
    embedded store in data_dir: nodes per label, relationships per type, ids used
    twice, every node's properties, and each interaction's articles and topics as
    sets with its source count."""
    with open_store(Settings(data_dir=data_dir)) as store:
        duplicates = store.query("MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id")
        nodes = {
            row["n"]["id"]: {**row["n"], "aliases": sorted(row["n"]["aliases"])}
            for row in store.query("MATCH (n) RETURN n")
        }
        interactions: dict[str, list[Any]] = {}
        for row in store.query(
            "MATCH ()-[r]->() WHERE r.event_key IS NOT NULL RETURN r.event_key AS key, "
            "type(r) AS type, r.articles AS articles, r.evidence AS evidence, "
            "r.topics AS topics, r.sources AS sources, r.date AS date"
        ):
            interactions.setdefault(row["key"], []).append(
                {
                    "type": row["type"],
                    "articles": sorted(row["articles"]),
                    "evidence": sorted(row["evidence"]),
                    "topics": sorted(row["topics"]),
                    "sources": row["sources"],
                    "date": row["date"],
                    "articles listed twice": len(row["articles"]) - len(set(row["articles"])),
                }
            )
        structural = sorted(
            (row["a"], row["type"], row["b"])
            for row in store.query(
                "MATCH (a)-[r]->(b) WHERE r.event_key IS NULL "
                "RETURN a.id AS a, type(r) AS type, b.id AS b"
            )
        )
        return {
            "counts": count_graph(store),
            "duplicate ids": duplicates,
            "nodes": nodes,
            "interactions": interactions,
            "structural": structural,
        }


@pytest.fixture(scope="session")
def fingerprint() -> Callable[[Path], dict[str, Any]]:
    """graph_fingerprint, for the test modules (which cannot import conftest)."""
    return graph_fingerprint


@pytest.fixture(scope="session")
def generated() -> Callable[[int], Extraction]:
    """`generated_extraction`, for tests that need many distinct articles."""
    return generated_extraction


@pytest.fixture
def data_dir(tmp_path: Path):
    """A data directory; any server a test leaves on it is stopped at the end."""
    path = tmp_path / "data"
    yield path
    for pid in servers_using(path):
        os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def leave_orphan_server() -> Callable[[Path], int]:
    """Starts a diplograph that writes one topic and is killed, leaving its server."""
    return orphan_server


def orphan_server(data_dir: Path) -> int:
    """The pid of a server left running by a diplograph killed after writing one topic."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from diplograph.config import Settings
        from diplograph.graph.store_falkor import FalkorStore
        store = FalkorStore(Settings(data_dir=Path({str(data_dir)!r})))
        store.query("CREATE (:Topic {{id: 'topic:water', name: 'water'}})", write=True)
        print(store.pid, flush=True)
        sys.stdin.read()
        """
    )
    crashed = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    orphan = int(crashed.stdout.readline())
    os.kill(crashed.pid, signal.SIGKILL)
    crashed.communicate()
    return orphan
