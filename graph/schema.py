"""The fixed graph schema as tables: node labels and relationship types.

Labels and relationship types are the only words of Cypher built from data,
and they come from these tables only, never from article text: a type read
from an extraction is looked up here and refused when it is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

# Node label of each entity type of an extraction, plus the article itself.
NODE_LABELS = ("Country", "Official", "Agency", "Topic", "Article")

# Interactions between actors; a symmetric one reads the same either way round,
# so its two endpoints are sorted when reports of it are merged.
INTERACTION_TYPES = ("MET", "REQUESTED", "AGREED", "OFFERED")
SYMMETRIC_TYPES = frozenset({"MET", "AGREED"})


@dataclass(frozen=True)
class StructuralType:
    """A relationship that follows from the entities themselves, not from a sentence.

    `field` is the attribute of the start entity naming the end node, and
    `target_key` the end node property it holds: an official's and an
    agency's `country` is a country's name, an official's `agency` an id.
    MENTIONS (no field) goes from the article to every entity it names.
    """

    name: str
    source: str  # label of the start node
    target: str | None  # label of the end node; None = any entity
    field: str | None = None
    target_key: str = "id"


# From an article to each entity it names.
MENTIONS = "MENTIONS"
STRUCTURAL_TYPES = (
    StructuralType("SERVES", "Official", "Country", field="country", target_key="name"),
    StructuralType("MEMBER_OF", "Official", "Agency", field="agency"),
    StructuralType("PART_OF", "Agency", "Country", field="country", target_key="name"),
    StructuralType(MENTIONS, "Article", None),
)
STRUCTURAL_NAMES = tuple(t.name for t in STRUCTURAL_TYPES)

RELATIONSHIP_TYPES = INTERACTION_TYPES + STRUCTURAL_NAMES

# Properties a node of each label carries besides `id` and `aliases`.
NODE_PROPERTIES = {
    "Country": ("name", "country"),
    "Official": ("name", "title", "country", "agency"),
    "Agency": ("name", "country"),
    "Topic": ("name",),
    "Article": ("name", "title", "date", "language", "source", "path", "url"),
}

# Label of an id by its prefix (docs/CONTRACTS.md), for ids an extraction names
# without listing the entity.
ID_PREFIX_LABELS = {
    "country": "Country",
    "official": "Official",
    "agency": "Agency",
    "topic": "Topic",
    "article": "Article",
}

# Properties every node label is indexed on: `id` is unique, `name` is looked up.
UNIQUE_NODE_PROPERTY = "id"
INDEXED_NODE_PROPERTIES = ("id", "name")
# Interactions are merged on this property (type|source|target|date).
INTERACTION_KEY = "event_key"
# Interaction properties the embedded store indexes: the key, and the topic list,
# whose every element FalkorDB indexes (so `$topic IN r.topics` is a look-up).
# Neo4j's range indexes hold no list elements: it indexes the key only.
INDEXED_INTERACTION_PROPERTIES = (INTERACTION_KEY, "topics")


def checked_label(label: str) -> str:
    """The label itself when the schema has it; ValueError otherwise."""
    if label not in NODE_LABELS:
        raise ValueError(f"unknown node label {label!r}; the schema has {', '.join(NODE_LABELS)}")
    return label


def checked_relationship_type(rel_type: str) -> str:
    """The relationship type itself when the schema has it; ValueError otherwise."""
    if rel_type not in RELATIONSHIP_TYPES:
        known = ", ".join(RELATIONSHIP_TYPES)
        raise ValueError(f"unknown relationship type {rel_type!r}; the schema has {known}")
    return rel_type
