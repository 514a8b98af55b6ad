"""Extractions as the rows the writer sends to the store, one list per Cypher statement.

One entity is one node row whatever the number of articles naming it (its
aliases unioned); one event is one interaction row whatever the number of
articles reporting it: same type, same two actors (either order for MET and
AGREED), same event date or no date on either. The `event_key` says which
reports are one event, and the writer MERGEs on it, so events reported again
in a later load join the same relationship.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..loaders.model import Article, Entity, Extraction, Relation
from .schema import (
    ID_PREFIX_LABELS,
    MENTIONS,
    NODE_LABELS,
    NODE_PROPERTIES,
    STRUCTURAL_TYPES,
    SYMMETRIC_TYPES,
    checked_label,
    checked_relationship_type,
)

# (relationship type, start label, end label): the labels and type a statement is written for.
EdgeGroup = tuple[str, str, str]

# The properties of an entity's node its own fields hold (see _entity_props).
ENTITY_PROPERTIES = frozenset({"name", "title", "country", "agency"})
# (group, field) of the SERVES / MEMBER_OF / PART_OF edges an entity of each label
# has when its field names their end.
FIELDED_EDGES: dict[str, tuple[tuple[EdgeGroup, str], ...]] = {
    label: tuple(
        ((t.name, label, t.target), t.field)
        for t in STRUCTURAL_TYPES
        if t.field is not None and t.source == label and t.target is not None
    )
    for label in NODE_LABELS
}


@dataclass
class GraphRows:
    """What a batch of extractions writes: nodes by label, edges by (type, start label, end label).

    Node rows hold `id`, `aliases` and the label's properties (schema.NODE_PROPERTIES).
    Interaction rows hold `key` (the event_key), `source`, `target`, `date`,
    `topics`, `articles` and `evidence` (parallel to `articles`).
    Structural rows hold `source` and `target` (an id, or a country name for
    SERVES and PART_OF: see schema.STRUCTURAL_TYPES). MENTIONS rows are one per
    article and label of what it names: `source` (the article) and `targets`,
    so an article is looked up once for all the entities it names.
    """

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    interactions: dict[EdgeGroup, list[dict[str, Any]]] = field(default_factory=dict)
    structural: dict[EdgeGroup, list[dict[str, Any]]] = field(default_factory=dict)
    mentions: dict[EdgeGroup, list[dict[str, Any]]] = field(default_factory=dict)


def event_key(rel_type: str, source: str, target: str, date: str | None) -> str:
    """The key two reports of one event share: type|source|target|date, with the
    endpoints sorted for symmetric types."""
    if rel_type in SYMMETRIC_TYPES:
        source, target = sorted((source, target))
    return f"{rel_type}|{source}|{target}|{date or ''}"


def to_rows(extractions: Iterable[Extraction]) -> GraphRows:
    """The node, interaction and structural rows of these extractions, merged."""
    rows = RowsBuilder()
    for extraction in extractions:
        rows.add(extraction)
    return rows.rows()


class RowsBuilder:
    """The rows of extractions added one at a time (`to_rows` of all of them), so a
    writer can make them in pieces between the statements it sends."""

    def __init__(self) -> None:
        self._nodes: dict[str, dict[str, Any]] = {}
        self._labels: dict[str, str] = {}
        self._events: dict[str, dict[str, Any]] = {}
        self._event_groups: dict[str, EdgeGroup] = {}
        self._structural: dict[EdgeGroup, dict[tuple[str, str], dict[str, Any]]] = {}
        # (group, article id) -> the ids it names, in order, once each.
        self._mentions: dict[EdgeGroup, dict[str, dict[str, None]]] = {}

    def add(self, extraction: Extraction) -> None:
        """Merge what one extraction says into the rows."""
        nodes, labels, structural = self._nodes, self._labels, self._structural
        article = extraction.article
        article_id = article.id
        _merge_node(nodes, labels, article_id, "Article", _article_props(article), [])
        # The row of this article's MENTIONS of each label, once looked up.
        named: dict[str, dict[str, None]] = {}
        for entity in extraction.entities:
            entity_id = entity.id
            label = checked_label(entity.type)
            row = nodes.get(entity_id)
            if row is None:
                _merge_node(nodes, labels, entity_id, label, _entity_props(entity), _forms(entity))
            else:
                # Most entities are named by many articles: the row is only completed.
                _complete_node(row, label, entity)
            targets = named.get(label)
            if targets is None:
                by_article = self._mentions.setdefault((MENTIONS, "Article", label), {})
                targets = named[label] = by_article.setdefault(article_id, {})
            targets[entity_id] = None
            for group, field_name in FIELDED_EDGES[label]:
                if target := getattr(entity, field_name):
                    edges = structural.get(group)
                    if edges is None:
                        edges = structural[group] = {}
                    if (entity_id, target) not in edges:
                        edges[entity_id, target] = {"source": entity_id, "target": target}
        for relation in extraction.relations:
            _merge_event(self._events, self._event_groups, labels, relation, article_id)

    def rows(self) -> GraphRows:
        """The rows of every extraction added so far."""
        by_label: dict[str, list[dict[str, Any]]] = {}
        for node_id, row in self._nodes.items():
            by_label.setdefault(self._labels[node_id], []).append(row)
        interactions: dict[EdgeGroup, list[dict[str, Any]]] = {}
        for key, row in self._events.items():
            interactions.setdefault(self._event_groups[key], []).append(row)
        return GraphRows(
            nodes=by_label,
            interactions=interactions,
            structural={group: list(rows.values()) for group, rows in self._structural.items()},
            mentions={
                group: [
                    {"source": article_id, "targets": list(targets)}
                    for article_id, targets in by_article.items()
                ]
                for group, by_article in self._mentions.items()
            },
        )


def label_of(node_id: str, labels: dict[str, str]) -> str:
    """The label of an entity id: from its entity type when known, else from its prefix."""
    if node_id in labels:
        return labels[node_id]
    prefix = node_id.partition(":")[0]
    if prefix not in ID_PREFIX_LABELS:
        raise ValueError(f"{node_id!r} is not an entity of the extraction and has no known prefix")
    return ID_PREFIX_LABELS[prefix]


def _article_props(article: Article) -> dict[str, Any]:
    return {
        "name": article.title or article.path or article.url or article.id,
        "title": article.title,
        "date": article.date,
        "language": article.language,
        "source": article.source,
        "path": article.path,
        "url": article.url,
    }


def _entity_props(entity: Entity) -> dict[str, Any]:
    return {
        "name": entity.name,
        "title": entity.title,
        "country": entity.country,
        "agency": entity.agency,
    }


def _forms(entity: Entity) -> list[str]:
    """Every surface form of the entity, its name first, without duplicates."""
    return list(dict.fromkeys(form for form in [entity.name, *entity.aliases] if form))


def _merge_node(
    nodes: dict[str, dict[str, Any]],
    labels: dict[str, str],
    node_id: str,
    label: str,
    props: dict[str, Any],
    aliases: list[str],
) -> None:
    """Add the node, or complete the one already there: first value of each property wins
    (as in the store), aliases are unioned."""
    row = nodes.get(node_id)
    if row is None:
        labels[node_id] = label
        wanted = NODE_PROPERTIES[label]
        nodes[node_id] = {"id": node_id, "aliases": list(aliases)} | {
            key: props.get(key) for key in wanted
        }
        return
    for key in NODE_PROPERTIES[label]:
        if row[key] is None:
            row[key] = props.get(key)
    row["aliases"].extend(a for a in aliases if a not in row["aliases"])


def _complete_node(row: dict[str, Any], label: str, entity: Entity) -> None:
    """`_merge_node` of an entity whose node row is already there."""
    for key in NODE_PROPERTIES[label]:
        if row[key] is None:
            row[key] = getattr(entity, key) if key in ENTITY_PROPERTIES else None
    aliases = row["aliases"]
    for form in (entity.name, *entity.aliases):
        if form and form not in aliases:
            aliases.append(form)


def _merge_event(
    events: dict[str, dict[str, Any]],
    groups: dict[str, EdgeGroup],
    labels: dict[str, str],
    relation: Relation,
    article_id: str,
) -> None:
    rel_type = checked_relationship_type(relation.type)
    key = event_key(rel_type, relation.source, relation.target, relation.date)
    topics = [t.removeprefix("topic:") for t in relation.topics]
    row = events.get(key)
    if row is None:
        groups[key] = (
            rel_type,
            label_of(relation.source, labels),
            label_of(relation.target, labels),
        )
        events[key] = {
            "key": key,
            "source": relation.source,
            "target": relation.target,
            "date": relation.date,
            "topics": list(dict.fromkeys(topics)),
            "articles": [article_id],
            "evidence": [relation.evidence],
        }
        return
    row["topics"].extend(t for t in dict.fromkeys(topics) if t not in row["topics"])
    # One article reporting the event twice still counts once, with its first sentence.
    if article_id not in row["articles"]:
        row["articles"].append(article_id)
        row["evidence"].append(relation.evidence)
