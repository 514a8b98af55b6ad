"""The language data the extractor reads: gazetteers, titles, cues, topics, morphology.

This is the only module that opens the files under `loaders/lang/`. Each
language gets one `Lexicon`, built once, holding the tables and a compiled
Aho-Corasick automaton over every phrase, keyed on token keys so a phrase
matches whole words only (and Bengali phrases match their inflected forms).
"""

from __future__ import annotations

import csv
import gc
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any, Final

import ahocorasick
import yaml

from .tokens import Token, WordKeys, bengali_key, english_key, normalise, phrase_keys
from .translit import name_key

LANGUAGES: Final = ("en", "bn")
SEPARATOR: Final = "\x1f"
VERB_RE: Final = re.compile(r"\{([^}]+)\}")
GLUED_TITLE: Final = 3  # shortest title word looked for at the end of a glued compound (সচিব)
MIN_CURATED_WORDS: Final = 2  # one word ("Anwar") is too little to say whom a stranger's name means


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str


@dataclass(frozen=True)
class Agency:
    name: str
    country: str  # ISO3, "int" for an international body, "*" when context decides
    named: str = ""  # how a "*" body is named with its country: "Embassy of {country}"

    def name_in(self, country: str) -> str:
        """The canonical name of this body of `country` (a country name)."""
        if self.named:
            return self.named.format(country=country)
        return self.name if self.name.startswith("Ministry") else f"{country} {self.name}"


@dataclass(frozen=True)
class Official:
    name: str
    title: str
    country: str | None
    agency: str | None


@dataclass(frozen=True)
class Title:
    title: str
    head: str  # what "the <head>" refers back to


@dataclass(frozen=True)
class Cue:
    type: str
    pattern: str


@dataclass(frozen=True)
class Topic:
    id: str
    name: str


@dataclass(frozen=True)
class Entry:
    """What a matched phrase is: `kind` names the table, `value` the row."""

    kind: str
    value: Any
    phrase: str


# Families of kinds the mention reader takes apart; one phrase may belong to several.
# "not_entity": a phrase holding a name that names no actor ("US dollars"); as an entity
# kind it outranks the shorter name inside it, and no mention is made of it.
ENTITY_KINDS: Final = (
    "official",
    "agency",
    "country",
    "capital",
    "title",
    "honorific",
    "not_entity",
)
REFERENCE_KINDS: Final = (
    "pronoun", "object", "speaker", "group", "government", "people", "speech",
    "negation", "hope", "future", "with", "from", "to", "for", "between", "by",
    "behalf", "host", "visiting", "discussion", "office", "place", "called_off", "denial",
)  # fmt: skip
KNOWN_WORD_KINDS: Final = frozenset({"non_name", "topic", "cue", *REFERENCE_KINDS})
NAME_KINDS: Final = frozenset({"country", "capital", "agency", "official", "title"})


@dataclass(frozen=True, slots=True, eq=False)  # the same phrase is the same object
class Phrase:
    """The entries of one token sequence and what the mention reader asks of them.

    Worked out once per lexicon phrase rather than once per match: the same few
    phrases are found in sentence after sentence.
    """

    length: int  # in tokens
    entries: tuple[Entry, ...]
    entity: Entry | None  # the first of ENTITY_KINDS, in that order
    reference: Entry | None  # the first of REFERENCE_KINDS, in that order
    cue: Entry | None  # the first entry of that kind
    topic: Entry | None  # the first entry of that kind
    agency: Entry | None  # the first entry of that kind
    known_word: bool  # a word some table knows: never part of a person's name
    named: bool  # a name, which only counts when written in its own case

    @classmethod
    def of(cls, length: int, entries: tuple[Entry, ...]) -> Phrase:
        by_kind: dict[str, Entry] = {}
        for entry in entries:
            by_kind.setdefault(entry.kind, entry)
        kinds = by_kind.keys()
        return cls(
            length,
            entries,
            next((by_kind[k] for k in ENTITY_KINDS if k in kinds), None),
            next((by_kind[k] for k in REFERENCE_KINDS if k in kinds), None),
            by_kind.get("cue"),
            by_kind.get("topic"),
            by_kind.get("agency"),
            "official" not in kinds and not kinds.isdisjoint(KNOWN_WORD_KINDS),
            not kinds.isdisjoint(NAME_KINDS),
        )


class Match:
    """A phrase found in a token list: tokens[start:end] carry it.

    A plain class, not a NamedTuple, for the reason Token is one (tokens.py): compiled,
    it is made without a Python-level call, and a text holds hundreds of matches.
    """

    __slots__ = ("start", "end", "phrase")

    def __init__(self, start: int, end: int, phrase: Phrase) -> None:
        self.start = start
        self.end = end
        self.phrase = phrase

    def __repr__(self) -> str:
        return f"Match({self.start}, {self.end}, {self.phrase!r})"


@dataclass
class Lexicon:
    """Everything one language contributes, plus the compiled phrase automaton."""

    code: str
    countries: dict[str, Country]
    topics: dict[str, Topic]
    suffixes: tuple[str, ...]
    vocabulary: frozenset[str]
    automaton: Any = field(repr=False)
    # Curated officials by the script-independent key of each English spelling: a Bengali
    # spelling no table lists ("স্টিভেন সিম") still finds "Steven Sim".
    curated: dict[str, Official] = field(default_factory=dict, repr=False)
    # The last word of every title: "the two foreign secretaries" names the two sides' people.
    title_words: frozenset[str] = frozenset()
    # One-word Bengali titles, found glued to their field too ("পররাষ্ট্রসচিব", "মানবসম্পদমন্ত্রী").
    glued_titles: tuple[tuple[str, Entry], ...] = ()
    # One-word non-names, kept out of the automaton (`matches` does not report them).
    non_name_words: frozenset[str] = frozenset()
    # Words of portfolios and bodies ("Industry", "Environment", "Affairs"): in "Minister of
    # Energy Affairs Saad Al-Kaabi" they end where the name begins.
    field_words: frozenset[str] = frozenset()
    # Bengali spellings of Latin initials ("এ কে এম" = AKM), which lead a name.
    initials: frozenset[str] = frozenset()
    # English given names -> "f" or "m": whom "he" and "she" cannot mean.
    genders: dict[str, str] = field(default_factory=dict)
    # Last words of organisations' names (*/org_heads.txt): bodies no table lists.
    org_heads: frozenset[str] = frozenset()
    # Bengali words a body's name no table lists does not reach back past ("তাঁর সংস্থা").
    body_stops: frozenset[str] = frozenset()
    # Words the tables know only as parts of officials' names ("ফারুকী"): alone in a text
    # they may still be the person the article named in full.
    name_only_words: frozenset[str] = frozenset()
    keys: WordKeys = field(init=False, repr=False)  # of every word met, by the word

    def __post_init__(self) -> None:
        # The glued titles by their last letters (each is GLUED_TITLE letters long at
        # least), longest first as glued_titles lists them: most words end in none.
        by_tail: dict[str, list[tuple[str, Entry]]] = {}
        for ending, entry in self.glued_titles:
            by_tail.setdefault(ending[-GLUED_TITLE:], []).append((ending, entry))
        self.glued_by_tail = {tail: tuple(pairs) for tail, pairs in by_tail.items()}
        self.keys = WordKeys(self._key_of)

    def _key_of(self, word: str) -> tuple[str, str]:
        """The key a word is matched by, and the ending (case ending, possessive) it lost."""
        if self.code == "bn":
            return bengali_key(word, self.vocabulary, self.suffixes)
        return english_key(word)

    def glued_title(self, word: str) -> Entry | None:
        """The title a Bengali word ends with, when it is a field glued to a title."""
        candidates = self.glued_by_tail.get(word[-GLUED_TITLE:])
        if candidates is None:
            return None  # one look-up for the many words that end in no title
        for ending, entry in candidates:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                return entry
        return None

    def matches(self, tokens: list[Token]) -> list[Match]:
        """Every lexicon phrase in `tokens`, as token spans (overlapping ones included)."""
        if not tokens:
            return []
        text = SEPARATOR + SEPARATOR.join([tok.key for tok in tokens]) + SEPARATOR
        found = []
        # Typed, as the automaton is not: compiled, a phrase's fields are read natively and
        # each (end, phrase) pair is unpacked as a tuple, not iterated.
        item: tuple[int, Phrase]
        for item in self.automaton.iter(text):
            end_char, phrase = item
            # A phrase ends at the separator after its last token: the separators before
            # that one are the tokens up to its end (a count in C, no table of offsets).
            end = text.count(SEPARATOR, 0, end_char)
            found.append(Match(end - phrase.length, end, phrase))
        return found

    def phrase(self, keys: list[str]) -> Phrase | None:
        """The lexicon phrase of exactly these token keys, if there is one."""
        return self.automaton.get(SEPARATOR + SEPARATOR.join(keys) + SEPARATOR, None)


def _name_only_words(keyed: list[tuple[tuple[str, ...], Entry]]) -> frozenset[str]:
    in_names = {k for keys, entry in keyed if entry.kind == "official" for k in keys}
    elsewhere = {k for keys, entry in keyed if entry.kind != "official" for k in keys}
    return frozenset(in_names - elsewhere)


def _rows(path: str) -> list[list[str]]:
    """Rows of a TSV or TXT data file, without its `#` header and comment lines."""
    text = files("diplograph.loaders").joinpath("lang", *path.split("/")).read_text("utf-8")
    lines = [
        normalise(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    return [
        row + [""] * (5 - len(row))
        for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _inflected(phrase: str, verbs: dict[str, list[str]]) -> list[str]:
    """A cue phrase with its {lemma} written out in each form of the verb ("আশ্বাস {দেওয়া}")."""
    found = VERB_RE.search(phrase)
    if not found:
        return [phrase]
    lemma = found.group(1)
    if lemma not in verbs:
        raise ValueError(f"cue {phrase!r} names {lemma!r}, which bn/verbs.tsv does not list")
    head, tail = phrase[: found.start()], phrase[found.end() :]
    return [p for form in verbs[lemma] for p in _inflected(head + form + tail, verbs)]


def _topics() -> tuple[dict[str, Topic], dict[str, dict[str, list[str]]]]:
    text = files("diplograph.loaders").joinpath("lang", "topics.yaml").read_text("utf-8")
    data = yaml.safe_load(normalise(text))
    topics = {tid: Topic(tid, spec["name"]) for tid, spec in data.items()}
    cues = {
        tid: {lang: list(spec.get(lang) or []) for lang in LANGUAGES} for tid, spec in data.items()
    }
    return topics, cues


@cache
def load_lexicon(code: str) -> Lexicon:
    """The lexicon of one language ("en" or "bn"), built on first use and then shared."""
    if code not in LANGUAGES:
        raise ValueError(f"no lexicon for language {code!r}; expected one of {LANGUAGES}")
    lexicon = _built(code)
    # The lexicon's objects (some hundred thousand) live as long as the process: kept
    # out of the garbage collector's scans, which otherwise walk them all again at every
    # full collection while articles are read (a quarter of extraction time).
    gc.freeze()
    return lexicon


def _built(code: str) -> Lexicon:
    entries: list[tuple[str, Entry]] = []

    def add(phrase: str, kind: str, value: Any) -> None:
        entries.append((phrase, Entry(kind, value, phrase)))

    countries: dict[str, Country] = {}
    for iso3, name, english, bengali, capitals in _rows("countries.tsv"):
        countries[iso3] = Country(iso3, name)
        names = [name, *_aliases(english)] if code == "en" else _aliases(bengali)
        for alias in names:
            add(alias, "country", iso3)
        for capital in _aliases(capitals):
            add(capital, "capital", iso3)
    # The English table says how a body of any country is named; the Bengali one reuses it.
    named = {name: form for _, name, _, form, *_ in _rows("en/agencies.tsv") if form}
    for country, name, aliases, *_ in _rows(f"{code}/agencies.tsv"):
        agency = Agency(name, country, named.get(name, ""))
        for alias in ([name] if code == "en" else []) + _aliases(aliases):
            add(alias, "agency", agency)
            if code == "en" and alias.endswith(" Ministry"):
                add(alias.lower(), "agency", agency)  # "at the commerce ministry"
    for name, aliases, title, country, agency_name in _rows(f"{code}/officials.tsv"):
        official = Official(name, title, country or None, agency_name or None)
        for alias in ([name] if code == "en" else []) + _aliases(aliases):
            add(alias, "official", official)
    for phrase, title, head, *_ in _rows(f"{code}/titles.tsv"):
        add(phrase, "title", Title(title, head))
    for phrase, *_rest in _rows(f"{code}/honorifics.txt"):
        add(phrase, "honorific", phrase)
    for phrase, kind, *_ in _rows(f"{code}/references.tsv"):
        add(phrase, kind, phrase)
    verbs = (
        {lemma: _aliases(forms) for lemma, forms, *_ in _rows("bn/verbs.tsv")}
        if code == "bn"
        else {}
    )
    for phrase, cue_type, pattern, *_ in _rows(f"{code}/cues.tsv"):
        for form in _inflected(phrase, verbs):
            add(form, "cue", Cue(cue_type, pattern))
    for phrase, *_rest in _rows(f"{code}/non_names.txt"):
        add(phrase, "non_name", phrase)
    for phrase, *_rest in _rows(f"{code}/not_entities.txt"):
        add(phrase, "not_entity", phrase)
    topics, topic_cues = _topics()
    for tid, by_language in topic_cues.items():
        for phrase in by_language[code]:
            add(phrase, "topic", tid)

    suffixes: tuple[str, ...] = ()
    if code == "bn":
        suffixes = tuple(
            sorted((normalise(r[0]) for r in _rows("bn/suffixes.txt")), key=len, reverse=True)
        )
    keyed = [(phrase_keys(phrase, code), entry) for phrase, entry in entries]
    org_heads = frozenset(r[0] for r in _rows(f"{code}/org_heads.txt"))
    # A head word takes case endings too ("কমিশনের"): it is part of the vocabulary.
    vocabulary = frozenset(k for keys, _ in keyed for k in keys) | org_heads
    grouped: dict[tuple[str, ...], list[Entry]] = {}
    for keys, entry in keyed:
        if code == "bn":
            keys = tuple(bengali_key(k, vocabulary, suffixes)[0] for k in keys)
        if keys:
            grouped.setdefault(keys, []).append(entry)
    automaton = ahocorasick.Automaton()
    # Most matches in a text would be one word that only says "no name" ("The", "On"):
    # a set lookup finds those without a match object each.
    non_name_words = frozenset(
        keys[0]
        for keys, group in grouped.items()
        if len(keys) == 1 and all(e.kind == "non_name" for e in group)
    )
    for keys, group in grouped.items():
        if len(keys) == 1 and keys[0] in non_name_words:
            continue
        pattern = SEPARATOR + SEPARATOR.join(keys) + SEPARATOR
        automaton.add_word(pattern, Phrase.of(len(keys), tuple(group)))
    automaton.make_automaton()
    glued: tuple[tuple[str, Entry], ...] = ()
    if code == "bn":
        singles = [(keys[0], e) for keys, group in grouped.items() if len(keys) == 1 for e in group]
        glued = tuple(
            sorted(
                ((k, e) for k, e in singles if e.kind == "title" and len(k) >= GLUED_TITLE),
                key=lambda pair: -len(pair[0]),
            )
        )
    curated = {
        name_key(spelling): Official(name, title, country or None, agency_name or None)
        for name, aliases, title, country, agency_name in _rows("en/officials.tsv")
        for spelling in [name, *_aliases(aliases)]
        if len(spelling.split()) >= MIN_CURATED_WORDS
    }
    title_words = frozenset(
        keys[-1] for keys, group in grouped.items() if any(e.kind == "title" for e in group)
    )
    field_kinds = {"agency", "title"}
    # Words of places ("Abu" of "Abu Dhabi Fund") begin names too: they are no portfolio.
    place_words = {
        key
        for keys, group in grouped.items()
        if any(e.kind in ("country", "capital") for e in group)
        for key in keys
    }
    field_words = frozenset(
        key
        for keys, group in grouped.items()
        if any(e.kind in field_kinds for e in group)
        and not any(e.kind == "official" for e in group)
        for key in keys
        if key not in place_words
    )
    if code == "en":
        field_words |= frozenset(english_key(w)[0] for w, *_ in _rows("en/fields.txt"))
    initials = frozenset(r[0] for r in _rows("bn/initials.txt")) if code == "bn" else frozenset()
    return Lexicon(
        code,
        countries,
        topics,
        suffixes,
        vocabulary,
        automaton,
        curated,
        title_words,
        glued,
        non_name_words,
        field_words,
        initials,
        {name: g for name, g, *_ in _rows("en/given_names.tsv")} if code == "en" else {},
        org_heads,
        frozenset(r[0] for r in _rows("bn/body_stops.txt")) if code == "bn" else frozenset(),
        _name_only_words(keyed),
    )
