"""From one article to its extraction: entities, interactions and topics.

The pipeline is language-neutral; everything that differs between English
and Bengali comes from the article's `Lexicon`:
sentences -> mentions (per sentence) -> actors (per article) -> relations.
"""

from __future__ import annotations

from typing import Final

from .dates import event_date
from .language import data_rows, word_groups
from .lexicon import LANGUAGES, Agency, Entry, Lexicon, Phrase, load_lexicon
from .mentions import BN_GENITIVE_ENDINGS, Reading, read_sentence
from .model import SYMMETRIC_TYPES, Article, Entity, Extraction, Relation
from .relations import Found, read_relations
from .resolve import Resolution, resolve_actors
from .sentences import Sentence, split_sentences
from .topics import article_topics, sentence_topics
from .translit import strip_honorifics, to_latin

SPECIFICITY: Final = {"Country": 0, "Agency": 1, "Official": 2}
# A country-level report this close to the people's own is the same event told twice.
NEAR_SENTENCES: Final = 2
ENDS: Final = (".", "।", "?", "!")
MIN_NAME_WORD: Final = 3  # shorter words (initials, মো) say too little about who is meant
BN_BODY_KINDS: Final = frozenset(word_groups("mention_words.tsv")["bn_body_kind"])
BODY_KIND_REACH: Final = 4  # words between a country and the kind of its body it names
BN_CLASSIFIERS: Final = ("টি", "টা")  # "একটি", "কয়েকটি": a body counted is not named
GENITIVE_ENDINGS: Final = sorted(BN_GENITIVE_ENDINGS, key=len, reverse=True)


def compiled() -> bool:
    """Whether the extractor runs as C extensions built by mypyc (setup.py) or as Python."""
    return not __file__.endswith(".py")


def extract_article(article: Article) -> Extraction:
    """The entities and interactions of an already-read article."""
    lexicon = load_lexicon(article.language if article.language in LANGUAGES else "en")
    sentences = split_sentences(article.text)
    readings = [read_sentence(s.text, lexicon) for s in sentences]
    readings = _with_article_words(readings, sentences, lexicon)
    resolution = resolve_actors(readings, lexicon)
    every = read_relations(readings, resolution, lexicon.code)
    # A relation reported in several sentences takes the topics of all of them.
    reported: dict[tuple[str, str, str], list[str]] = {}
    for f in every:
        reported.setdefault(_key(f), []).extend(sentence_topics(readings, f.sentence))
    relations = []
    headlines = {i for i, s in enumerate(sentences) if not s.text.rstrip("\"”’'").endswith(ENDS)}
    # Shadowing looks at every report (sentence by sentence) before duplicates are merged.
    # A headline sums up what the body tells: what only a headline says is no event of its own
    # ("US offers maritime training as X meets navy chief").
    told = [f for f in every if f.sentence not in headlines]
    kept = _once_each(_most_specific(told, resolution, headlines))
    # Read once for each sentence that reports a kept relation (one often reports several).
    said = {
        i: event_date(sentences[i].text, lexicon.code, article.date)
        for i in sorted({f.sentence for f in kept})
    }
    dates = {n: said[f.sentence] for n, f in enumerate(kept)}
    for n, f in enumerate(kept):
        sentence = sentences[f.sentence].text
        relations.append(
            Relation(
                type=f.type,
                source=f.source,
                target=f.target,
                topics=list(dict.fromkeys(reported[_key(f)])),
                date=dates[n] or _meeting_date(f, kept, dates, resolution) or article.date,
                evidence=sentence,
            )
        )
    topics = article_topics(readings, list(reported.values()))
    entities = _entities(resolution, lexicon)
    entities += [_topic_entity(t, lexicon) for t in topics]
    return Extraction(article, entities, relations)


def _names_before_genitive(readings: list[Reading]) -> frozenset[str]:
    """ "পান্ডের সঙ্গে ... পান্ডে বলেন": a name's last word in the genitive, written elsewhere
    in the article with its final vowel, is that word (Pande's, not Pand's)."""
    standing = {t.text for r in readings for t in r.tokens}
    return frozenset(
        word[:-1]
        for r in readings
        for m in r.mentions
        if m.kind == "person" and m.end > m.start
        for word in (r.tokens[m.end - 1].text,)
        if word.endswith("ের") and word[:-1] in standing
    )


def _with_article_words(
    readings: list[Reading], sentences: list[Sentence], lexicon: Lexicon
) -> list[Reading]:
    """Sentences read again with words the article itself taught: a word of a person's name
    standing alone ("উয়েমুরা বলেন"), an acronym given to a body ("... Institute (BFRI)")."""
    words: frozenset[str] = frozenset()
    if lexicon.code == "bn":
        words = frozenset(
            w
            for r in readings
            for m in r.mentions
            if m.kind == "person"
            for w in strip_honorifics(m.name).split()
            if len(w) >= MIN_NAME_WORD
            and (w not in lexicon.vocabulary or w in lexicon.name_only_words)
        )
        words |= _names_before_genitive(readings)
    acronyms = _acronyms(readings, lexicon)
    if not words and not acronyms:
        return readings
    taught = [*words, *acronyms]
    return [
        read_sentence(s.text, lexicon, words, acronyms) if any(w in s.text for w in taught) else r
        for r, s in zip(readings, sentences, strict=True)
    ]


def _acronyms(readings: list[Reading], lexicon: Lexicon) -> dict[str, Phrase]:
    """Acronyms written in brackets after a body's name that no table knows, as that body:
    "Bangladesh Fisheries Research Institute (BFRI)", "তুরস্কের মহাকাশ সংস্থা (টিইউএ)"."""
    found: dict[str, Phrase] = {}
    for r in readings:
        tokens = r.tokens
        for m in r.mentions:
            if m.kind != "agency" or m.agency is None or m.inside:
                continue
            # The brackets end the mention ("... Institute (BFRI)") or follow it.
            k = m.end - 2 if tokens[m.end - 1].text == ")" else m.end + 1
            if not (
                0 < k < len(tokens) - 1 and tokens[k - 1].text == "(" and tokens[k + 1].text == ")"
            ):
                continue
            acronym = tokens[k]
            if not _is_acronym(acronym.text, lexicon) or acronym.key in lexicon.vocabulary:
                continue
            body = m.agency
            if body.country == "*" and m.country:
                body = Agency(body.name, m.country, body.named)
            found.setdefault(acronym.text, Phrase.of(1, (Entry("agency", body, acronym.text),)))
        if lexicon.code == "bn":
            for name, body in _named_bodies(r, lexicon):
                found.setdefault(name, Phrase.of(1, (Entry("agency", body, name),)))
    return found


def _named_bodies(r: Reading, lexicon: Lexicon) -> list[tuple[str, Agency]]:
    """A word no table knows, named after a kind of body of a country ("ইন্দোনেশিয়ার
    রাষ্ট্রায়ত্ত টেলিযোগাযোগ প্রতিষ্ঠান টেলকমসাটের"): that country's body, wherever the
    article names it again ("টেলকমসাটের পরিচালক ...")."""
    found = []
    tokens = r.tokens
    countries = {m.end: m.country for m in r.mentions if m.kind == "country" and m.country}
    named = {i for m in r.mentions for i in range(m.start, m.end)}
    for i, tok in enumerate(tokens[:-1]):
        if tok.text not in BN_BODY_KINDS:
            continue  # "প্রতিষ্ঠানের কারখানা": a body's factory, not a body's name
        counted = any(t.text.endswith(BN_CLASSIFIERS) for t in tokens[max(0, i - 3) : i])
        if counted:
            continue  # "স্পেনের কয়েকটি প্রতিষ্ঠান বর্জ্য ...": some firms, none named
        word = tokens[i + 1]
        if i + 1 in named or word.key in lexicon.vocabulary or not word.is_word:
            continue
        # The country, in the genitive, a few words before the kind of body.
        owner = next(
            (countries[e] for e in range(i, max(0, i - BODY_KIND_REACH), -1) if e in countries),
            None,
        )
        if owner is None or not tokens[i - 1].is_word:
            continue
        stem = next(
            (word.text[: -len(e)] for e in GENITIVE_ENDINGS if word.text.endswith(e)), word.text
        )
        if len(stem) >= MIN_NAME_WORD:
            found.append((stem, Agency(to_latin(stem), owner)))
    return found


def _is_acronym(word: str, lexicon: Lexicon) -> bool:
    if len(word) < 2 or not word[0].isalpha():
        return False
    return lexicon.code == "bn" or (word.isupper() and word.isalnum())


def _meeting_date(
    f: Found, kept: list[Found], dates: dict[int, str | None], res: Resolution
) -> str | None:
    """An undated request, offer or agreement made by the parties of a dated meeting (or
    their countries) in the same article was made at that meeting: "X sought Y's help" in
    the lead, "X met Y on Sunday" further on."""
    if f.type == "MET":
        return None

    def countries(g: Found) -> frozenset[str | None]:
        return frozenset((res.actors[g.source].country, res.actors[g.target].country))

    met = [
        dates[n]
        for n, g in enumerate(kept)
        if g.type == "MET" and dates[n] and countries(g) == countries(f)
    ]
    return met[0] if len(set(met)) == 1 else None


def _key(f: Found) -> tuple[str, str, str]:
    ends = sorted((f.source, f.target)) if f.type in SYMMETRIC_TYPES else [f.source, f.target]
    return (f.type, ends[0], ends[1])


def _once_each(found: list[Found]) -> list[Found]:
    """One relation per (type, source, target), from the first sentence that reports it."""
    seen: dict[tuple[str, str, str], Found] = {}
    for f in found:
        seen.setdefault(_key(f), f)
    return list(seen.values())


def _most_specific(found: list[Found], res: Resolution, headlines: set[int]) -> list[Found]:
    """Drop a relation when a more specific one says the same: the people, not their countries.

    Two countries that "signed" drop out when their ministers' signing is
    reported close by; a body met in the sentence where its minister is met
    drops out too.
    """
    # Only a relation of the same type between the same two countries can shadow another.
    keys = [(g.type, _countries(g, res)) for g in found]
    alike: dict[tuple[str, frozenset[str | None]], list[Found]] = {}
    for g, key in zip(found, keys, strict=True):
        alike.setdefault(key, []).append(g)
    return [
        f
        for f, key in zip(found, keys, strict=True)
        if not any(_shadows(g, f, res, headlines) for g in alike[key] if g is not f)
    ]


def _countries(f: Found, res: Resolution) -> frozenset[str | None]:
    return frozenset((res.actors[f.source].country, res.actors[f.target].country))


def _shadows(g: Found, f: Found, res: Resolution, headlines: set[int]) -> bool:
    """`g` reports the event of `f` (of the same type, between the same countries) at more
    specific actors."""
    actors = res.actors
    # Each relation is compared with every other of its kind: sums of levels, no lists.
    level_f = SPECIFICITY[actors[f.source].type] + SPECIFICITY[actors[f.target].type]
    level_g = SPECIFICITY[actors[g.source].type] + SPECIFICITY[actors[g.target].type]
    if level_f == 0 and level_g > 0:
        # A headline (a line without a full stop) restates the body, however far away.
        return abs(g.sentence - f.sentence) <= NEAR_SENTENCES or f.sentence in headlines
    if f.sentence in headlines and g.sentence not in headlines and level_g > level_f:
        return True  # "Touhid meets counterparts from Morocco ...": the body names them
    if g.sentence != f.sentence:
        return False
    only_f = {f.source, f.target} - {g.source, g.target}
    only_g = {g.source, g.target} - {f.source, f.target}
    return (
        len(only_f) == len(only_g) == 1
        and actors[only_f.pop()].type == "Agency"
        and actors[only_g.pop()].type == "Official"
    )


def _topic_entity(topic_id: str, lexicon: Lexicon) -> Entity:
    """A Topic named by its id's words; the longer topics.yaml name is kept as an alias.

    score.py counts a topic's name as a topic of its own when it differs from the id
    ("law enforcement cooperation" for law_enforcement), so the name follows the id.
    """
    name = topic_id.replace("_", " ")
    label = lexicon.topics[topic_id].name
    return Entity(f"topic:{topic_id}", "Topic", name, [label] if label != name else [])


# Written forms of a country's other official name -> (iso3, name shown): "Türkiye".
NAME_FORMS: Final = {row[1]: (row[0], row[2]) for row in data_rows("country_name_forms.tsv")}


def _shown_names(res: Resolution) -> dict[str, str]:
    """The countries that go by their other official name in this article, because it writes
    them so ("Türkiye"): iso3 -> that name (the others keep the name countries.tsv gives)."""
    shown: dict[str, str] = {}  # only the countries that go by another name here
    for actor in res.actors.values():
        if actor.type == "Country":
            for alias in actor.aliases:
                iso, name = NAME_FORMS.get(alias, ("", ""))
                if iso == actor.country:
                    shown[iso] = name
    return shown


def _entities(res: Resolution, lexicon: Lexicon) -> list[Entity]:
    out = []
    shown = _shown_names(res)
    for actor in sorted(res.actors.values(), key=lambda a: a.order):
        country = None
        if actor.country in lexicon.countries:
            country = shown.get(actor.country) or lexicon.countries[actor.country].name
        name = actor.name
        if actor.type == "Country" and actor.country:
            name = shown.get(actor.country, actor.name)
        aliases = [a for a in [actor.name] + actor.aliases if a != name]
        out.append(
            Entity(
                id=actor.id,
                type=actor.type,
                name=name,
                aliases=list(dict.fromkeys(aliases)),
                country=country,
                title=actor.titles[0] if actor.titles else None,
                agency=actor.agency,
            )
        )
    return out
