"""The records that flow through diplograph: Article in, Extraction out.

They mirror the extraction JSON of the spec (one object per article, with
its entities and relations); `Extraction.to_json()` is that object.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Final

ENTITY_TYPES = ("Country", "Official", "Agency", "Topic")
ACTOR_TYPES = ("Country", "Official", "Agency")
INTERACTION_TYPES = ("MET", "REQUESTED", "AGREED", "OFFERED")
# MET and AGREED are read either way round when two reports are compared.
SYMMETRIC_TYPES: Final = frozenset({"MET", "AGREED"})


def article_id(text: str) -> str:
    """A stable id for an article: the same text gives the same id wherever it is read from,
    however its letters are spelt (NFC)."""
    text = unicodedata.normalize("NFC", text)
    digest = hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()
    return f"article:{digest[:16]}"


@dataclass
class Article:
    """One news article after reading and cleaning: `text` is the body the extractor reads."""

    text: str
    language: str = "en"
    title: str | None = None
    date: str | None = None  # ISO publication date, when the page shows one
    source: str | None = None  # the news agency or site the article credits (BSS, ANI...)
    path: str | None = None
    url: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "source": self.source,
            "path": self.path,
            "url": self.url,
        }


@dataclass
class Entity:
    """A Country, Official, Agency or Topic, under the id it has in every article.

    `country` is the canonical English name of the country the entity belongs
    to (a Country's own name; None for topics and international bodies).
    `agency` is, for an official, the id of the agency they are a member of.
    """

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    title: str | None = None
    agency: str | None = None

    # Written out, not generated: compiled by mypyc (setup.py) this __init__ is C, where the
    # dataclass's own runs as Python (an article makes some of each).
    def __init__(
        self,
        id: str,
        type: str,
        name: str,
        aliases: list[str] | None = None,
        country: str | None = None,
        title: str | None = None,
        agency: str | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.name = name
        self.aliases = [] if aliases is None else aliases
        self.country = country
        self.title = title
        self.agency = agency

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "country": self.country,
        }
        if self.type == "Official":
            out["title"] = self.title
            out["agency"] = self.agency
        return out


@dataclass
class Relation:
    """An interaction between two actors, read from one sentence of one article."""

    type: str
    source: str
    target: str
    topics: list[str] = field(default_factory=list)
    date: str | None = None
    evidence: str = ""

    def __init__(  # written out, as Entity's is
        self,
        type: str,
        source: str,
        target: str,
        topics: list[str] | None = None,
        date: str | None = None,
        evidence: str = "",
    ) -> None:
        self.type = type
        self.source = source
        self.target = target
        self.topics = [] if topics is None else topics
        self.date = date
        self.evidence = evidence

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "topics": list(self.topics),
            "date": self.date,
            "evidence": self.evidence,
        }


@dataclass
class Extraction:
    """What one article yields: the article, its entities (topics included) and relations."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article.to_json(),
            "entities": [e.to_json() for e in self.entities],
            "relations": [r.to_json() for r in self.relations],
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Extraction:
        """The inverse of `to_json`, for extractions saved as JSON Lines."""
        a = obj["article"]
        article = Article(
            text="",
            language=a.get("language") or "en",
            title=a.get("title"),
            date=a.get("date"),
            source=a.get("source"),
            path=a.get("path"),
            url=a.get("url"),
            id=a["id"],
        )
        entities = [
            Entity(
                id=e["id"],
                type=e["type"],
                name=e["name"],
                aliases=list(e.get("aliases") or []),
                country=e.get("country"),
                title=e.get("title"),
                agency=e.get("agency"),
            )
            for e in obj.get("entities", [])
        ]
        relations = [
            Relation(
                type=r["type"],
                source=r["source"],
                target=r["target"],
                topics=list(r.get("topics") or []),
                date=r.get("date"),
                evidence=r.get("evidence") or "",
            )
            for r in obj.get("relations", [])
        ]
        return cls(article, entities, relations)
