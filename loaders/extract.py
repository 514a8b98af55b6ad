"""From one article to its extraction: entities, interactions and topics.

The pipeline is language-neutral; everything that differs between English
and Bengali comes from the article's `Lexicon`:
sentences -> mentions (per sentence) -> actors (per article) -> relations.
"""

from __future__ import annotations

from .dates import event_date
from .lexicon import LANGUAGES, Lexicon, load_lexicon
from .mentions import read_sentence
from .model import SYMMETRIC_TYPES, Article, Entity, Extraction, Relation
from .relations import Found, read_relations
from .resolve import Resolution, resolve_actors
from .sentences import split_sentences
from .topics import article_topics, sentence_topics

SPECIFICITY = {"Country": 0, "Agency": 1, "Official": 2}


def extract_article(article: Article) -> Extraction:
    """The entities and interactions of an already-read article."""
    lexicon = load_lexicon(article.language if article.language in LANGUAGES else "en")
    sentences = split_sentences(article.text)
    readings = [read_sentence(s.text, lexicon) for s in sentences]
    resolution = resolve_actors(readings, lexicon)
    found = _most_specific(
        _once_each(read_relations(readings, resolution, lexicon.code)), resolution
    )
    relations = []
    for f in found:
        sentence = sentences[f.sentence].text
        relations.append(
            Relation(
                type=f.type,
                source=f.source,
                target=f.target,
                topics=sentence_topics(readings, f.sentence),
                date=event_date(sentence, lexicon.code, article.date) or article.date,
                evidence=sentence,
            )
        )
    topics = article_topics(readings, [r.topics for r in relations])
    entities = _entities(
        resolution, lexicon, {r.source for r in relations} | {r.target for r in relations}
    )
    entities += [Entity(f"topic:{t}", "Topic", lexicon.topics[t].name) for t in topics]
    return Extraction(article, entities, relations)


def _key(f: Found) -> tuple[str, str, str]:
    ends = sorted((f.source, f.target)) if f.type in SYMMETRIC_TYPES else [f.source, f.target]
    return (f.type, ends[0], ends[1])


def _once_each(found: list[Found]) -> list[Found]:
    """One relation per (type, source, target), the first sentence that reports it."""
    seen: dict[tuple[str, str, str], Found] = {}
    for f in found:
        seen.setdefault(_key(f), f)
    return list(seen.values())


def _most_specific(found: list[Found], res: Resolution) -> list[Found]:
    """Drop a relation when a more specific one says the same: the people, not their countries.

    Two countries that "signed" drop out when their ministers' signing is
    reported; a body met in the sentence where its minister is met drops out too.
    """

    def level(actor: str) -> int:
        return SPECIFICITY[res.actors[actor].type]

    def country(actor: str) -> str | None:
        return res.actors[actor].country

    kept = []
    for f in found:
        shadowed = False
        for g in found:
            if g is f or g.type != f.type:
                continue
            same_dyad = {country(g.source), country(g.target)} == {
                country(f.source),
                country(f.target),
            }
            if not same_dyad:
                continue
            if level(f.source) == level(f.target) == 0 and level(g.source) + level(g.target) > 0:
                shadowed = True
            elif g.sentence == f.sentence and {f.source, f.target} & {g.source, g.target}:
                other_f = (
                    ({f.source, f.target} - {g.source, g.target}).pop()
                    if len({f.source, f.target} - {g.source, g.target}) == 1
                    else None
                )
                other_g = (
                    ({g.source, g.target} - {f.source, f.target}).pop()
                    if len({g.source, g.target} - {f.source, f.target}) == 1
                    else None
                )
                if (
                    other_f
                    and other_g
                    and res.actors[other_f].type == "Agency"
                    and level(other_g) == 2
                ):
                    shadowed = True
        if not shadowed:
            kept.append(f)
    return kept


def _entities(res: Resolution, lexicon: Lexicon, related: set[str]) -> list[Entity]:
    out = []
    for actor in sorted(res.actors.values(), key=lambda a: a.order):
        country = (
            lexicon.countries[actor.country].name if actor.country in lexicon.countries else None
        )
        out.append(
            Entity(
                id=actor.id,
                type=actor.type,
                name=actor.name,
                aliases=[a for a in actor.aliases if a != actor.name],
                country=country,
                title=actor.titles[0] if actor.titles else None,
                agency=actor.agency,
            )
        )
    return out
