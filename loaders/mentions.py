"""What one sentence names: countries, agencies, people (with titles), references, cues, topics.

`read_sentence` tokenises a sentence, matches it against the lexicon and
builds mentions: a person is found from a curated name or from a role title
followed by a name ("British High Commissioner Sarah Cooke", "হাইকমিশনার
ইমরান হায়দার"); the title's country comes from its modifiers (a demonym or
genitive is the sender, "to Bangladesh" / "বাংলাদেশে নিযুক্ত" the host). A
title with no name after it is a reference back to someone ("the adviser").
Each actor mention carries the role marker around it (with, to, for, from,
genitive...), which the relation reader uses to assign argument roles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Final

from .language import word_groups
from .lexicon import (
    NAME_KINDS,
    Agency,
    Cue,
    Entry,
    Lexicon,
    Match,
    Official,
    Phrase,
    Title,
)
from .tokens import Token, normalise, tokenize
from .translit import is_name_part, to_latin

# The closed word classes the builder looks for (lang/mention_words.tsv says what each is for).
_WORDS = word_groups("mention_words.tsv")
LINK_WORDS = frozenset(_WORDS["link"])
NAME_PARTICLES = frozenset(_WORDS["name_particle"])
BN_NAME_ENDINGS = _WORDS["bn_name_ending"]
BN_SUBJECT_PREDICATES = frozenset(_WORDS["bn_subject_predicate"])
BN_VOWEL_GENITIVES = tuple(_WORDS["bn_vowel_genitive"])
BN_GENITIVE_POSTPOSITIONS = frozenset(_WORDS["bn_genitive_postposition"])
BN_GENITIVE_ENDINGS = frozenset(_WORDS["bn_genitive_ending"])
BN_GOVERNMENT_HEADS = frozenset(_WORDS["bn_government_head"])
BN_LOCATIVE_ENDINGS = frozenset(_WORDS["bn_locative_ending"])
BN_PER_UNITS = frozenset(_WORDS["bn_per_unit"])
FIELD_BODY_HEADS = frozenset(_WORDS["field_body_head"])
OWNING_PRONOUNS = frozenset(_WORDS["owning_pronoun"])
NAME_SHORT_FORMS = frozenset(_WORDS["name_short_form"])
BN_LEVEL_WORDS: Final = frozenset(_WORDS["bn_level"])
BN_GENERIC_BODY_HEADS = frozenset(_WORDS["bn_generic_body_head"])
BN_OF_WORDS = frozenset(_WORDS["bn_of"])
BN_REGION_WORDS = tuple(_WORDS["bn_region"])
BN_THING_PRONOUNS: Final = frozenset(_WORDS["bn_thing_pronoun"])
PORTFOLIO_LINKS = frozenset(_WORDS["portfolio_link"])
BN_PLURAL_ENDINGS = _WORDS["bn_plural_ending"]
BN_ADJECTIVE_ENDINGS = _WORDS["bn_adjective_ending"]
BN_VERBAL_ENDINGS = _WORDS["bn_verbal_ending"]
BN_ALSO = "ও"  # the clitic "also" written on a word
BN_OBJECT_ENDING = "কে"
TITLE_BODY_REACH = 5  # words naming a body between a comma and the title after it
FIELD_WORDS = 3  # words of one field in a portfolio's list ("Scientific Research")
INTERNATIONAL_WORDS = frozenset(_WORDS["international"])
FORUM_NAMES = frozenset(_WORDS["forum_name"])
BN_AFTER_PLURAL = ("", "তে", "র", "কে", "ে")  # case endings a plural may take (or none)
PAIR_WORDS: Final = frozenset(_WORDS["pair"])
TITLE_PREFIXES = frozenset(_WORDS["title_prefix"])
BN_CONJUNCTIONS = frozenset(_WORDS["bn_conjunction"])
BN_ACCORDING = frozenset(_WORDS["bn_according"])
BN_SOURCE_NOUNS = frozenset(_WORDS["bn_source_noun"])
BN_QUANTITIES = frozenset(_WORDS["bn_quantity"])
NAMED_ONLY_TITLES = frozenset(_WORDS["named_only_title"])
HELP_NOUNS = _WORDS["help_noun"]
HELP_MODIFIERS = frozenset(_WORDS["help_modifier"])
BN_UNITS = frozenset(_WORDS["bn_unit"])
SENT_PARTIES = frozenset(_WORDS["sent_party"])
PLACED_WORDS = frozenset(_WORDS["placed"])
# Bodies "of {country}" that sit in a city another country's: "the Indian embassy in Kathmandu".
# Diplomatic missions: "the embassy" unqualified is the mission of the envoy the article names.
MISSION_NAMES = frozenset(("Embassy", "High Commission", "Consulate General"))
# Missions whose city is part of how they are known ("the Permanent Mission in Geneva").
PLACED_MISSIONS = MISSION_NAMES | {"Permanent Mission"}
# How many words a Bengali body's name no table lists reaches back from its last word.
BN_BODY_WORDS = 6
QUALIFIER_WORDS = 3  # capitalised words that may qualify a title before it ("Principal Country")
QUALIFIER_LEADS = frozenset(_WORDS["qualifier_lead"])
HOME_HONORIFICS = frozenset(_WORDS["home_honorific"])
# longest first, so "South Asia" is read before "Asia" would stop short of it
REGIONS = sorted((tuple(r.split()) for r in _WORDS["region"]), key=len, reverse=True)
RANK_WORDS: Final = frozenset(_WORDS["rank"])
RANK_LEADS = frozenset(_WORDS["rank_lead"])
INDEFINITE_WORDS = frozenset(_WORDS["indefinite"])
FIRM_NOUNS = frozenset(_WORDS["firm_noun"])
BN_FIELD_MARKERS = frozenset(_WORDS["bn_field_marker"])
FIRM_REACH = 3  # words between a firm's country and the noun of the firm ("a Chinese rail firm")
CRAFT_NOUNS = frozenset(_WORDS["craft_noun"])
SUBORDINATE_WORDS = frozenset(_WORDS["subordinate"])
RANK_HEAD = "rank"  # the head of a reference by military rank ("the general")
REPORT_NOUNS: Final = frozenset(_WORDS["report_noun"])
GENERIC_BODY_NOUNS: Final = frozenset(_WORDS["generic_body_noun"])
BN_BODY_REFERENCES = tuple(_WORDS["bn_body_reference"])
ATTRIBUTIVE_DETERMINERS = frozenset(_WORDS["attributive_determiner"])
PAIR_REACH = 3  # words between "two" and the plural title ("the two foreign secretaries")
PAIR_ADVERBS = frozenset(_WORDS["pair_adverb"])
CLAUSE_OPENERS = frozenset(_WORDS["clause_opener"])
# Words of delegations and who leads them ("the visiting delegation", "a delegation led by
# X", "the Indian side was led by X", "প্রতিনিধিদলের নেতৃত্ব"), shared with relations.py
_RELATION_WORDS = word_groups("relation_words.tsv")
VISITING_WORDS = frozenset(_RELATION_WORDS["visiting"])
DELEGATION_WORDS: Final = frozenset(_RELATION_WORDS["delegation"])
BN_LEADING = tuple(_RELATION_WORDS["bn_leading"])  # "নেতৃত্ব", "নেতৃত্বে": leading a side
LEADING_WORDS: Final = frozenset(_RELATION_WORDS["leading"])
PASSIVE_AUXILIARIES = frozenset(_RELATION_WORDS["passive_auxiliary"])
BN_LED_BY = frozenset(_RELATION_WORDS["bn_led_by"])
BN_MISSIONS = tuple(_RELATION_WORDS["bn_mission"])
TALK_NOUNS = frozenset(_RELATION_WORDS["talk_noun"])
APART_WORDS: Final = frozenset(_RELATION_WORDS["apart_word"])
APART_BREAKS = frozenset(_RELATION_WORDS["apart_break"])
EVENT_DAYS: Final = frozenset(_RELATION_WORDS["event_day"])
STAY_VERBS = frozenset(_RELATION_WORDS["stay_verb"])
VISIT_NOUNS = frozenset(_RELATION_WORDS["visit_noun"])


@dataclass(slots=True)
class Mention:
    """An actor or a reference in a sentence: tokens[start:end] of the sentence."""

    kind: str  # country, agency, person, title_ref, name, or a reference kind (pronoun...)
    start: int
    end: int
    text: str  # the surface, as written
    country: str | None = None  # ISO3 of the country the actor is of (or is)
    agency: Agency | None = None
    official: Official | None = None
    name: str = ""  # a person's name without honorifics
    full: str = ""  # a person's name with them
    title: Title | None = None
    host: str | None = None  # ISO3 of the country an envoy is posted to
    marker: str = ""  # role marker: with, to, for, from, behalf, between, by, genitive, locative,
    # or according ("according to the ministry": who reports the news)
    possessive: bool = False
    describes_people: bool = False  # "Chinese citizens": a description, not an actor
    inside: bool = False  # a country named only as part of a body or a title ("Pakistan Embassy")
    visiting: bool = False
    capital: bool = False  # a country named by its capital ("Dhaka"): as often a place as a party
    place: str = ""  # the city a mission is said to be in ("the Indian embassy in Kathmandu")

    # Written out, not generated: compiled by mypyc (setup.py) this __init__ is C, where the
    # dataclass's own runs as Python (an article makes dozens of mentions). Every field is
    # set here (tests/loaders/test_records.py checks).
    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        text: str,
        country: str | None = None,
        agency: Agency | None = None,
        official: Official | None = None,
        name: str = "",
        full: str = "",
        title: Title | None = None,
        host: str | None = None,
        marker: str = "",
        possessive: bool = False,
        describes_people: bool = False,
        inside: bool = False,
        visiting: bool = False,
        capital: bool = False,
        place: str = "",
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.country = country
        self.agency = agency
        self.official = official
        self.name = name
        self.full = full
        self.title = title
        self.host = host
        self.marker = marker
        self.possessive = possessive
        self.describes_people = describes_people
        self.inside = inside
        self.visiting = visiting
        self.capital = capital
        self.place = place


@dataclass
class Reading:
    """One sentence, read: its tokens and what was found in them."""

    text: str
    tokens: list[Token]
    mentions: list[Mention]
    cues: list[tuple[int, int, Cue, str]]  # start, end, cue, phrase
    topics: list[str]
    words: dict[int, str] = field(default_factory=dict)  # token index -> reference kind

    def __init__(  # written out, as Mention's is
        self,
        text: str,
        tokens: list[Token],
        mentions: list[Mention],
        cues: list[tuple[int, int, Cue, str]],
        topics: list[str],
        words: dict[int, str] | None = None,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.mentions = mentions
        self.cues = cues
        self.topics = topics
        self.words = {} if words is None else words


def help_at(tokens: list[Token], k: int) -> bool:
    """Whether a noun of help starts at token k, after words that only qualify it ("আরও
    সহায়তা", "কারিগরি সহায়তার"): a genitive before it is the one asked for it."""
    while k < len(tokens) and (tokens[k].text in HELP_MODIFIERS or tokens[k].key in HELP_MODIFIERS):
        k += 1
    # (not the first of a title's fields listed with commas: "দেশটির বিনিয়োগ, শিল্প ও
    # বাণিজ্যমন্ত্রী")
    listed = k + 1 < len(tokens) and tokens[k + 1].text == ","
    return k < len(tokens) and tokens[k].key.startswith(HELP_NOUNS) and not listed


@lru_cache(maxsize=65536)
def _spelt_acronym(word: str, letters: frozenset[str]) -> bool:
    """ "জেডিএস" (JDS), "ইআরডি" (ERD): a word made only of Bengali spellings of Latin
    letters is an acronym, no name."""
    if len(word) < 4:
        return False
    # where a run of letter spellings can reach, with how many letters at most ("জেডিএস":
    # জে ডি এস, not জেড ...); three at least, as two may be a name ("ইউজি" is Yuji)
    reached = {0: 0}
    for k in range(len(word)):
        if k in reached:
            for s in letters:
                if word.startswith(s, k):
                    reached[k + len(s)] = max(reached.get(k + len(s), 0), reached[k] + 1)
    return reached.get(len(word), 0) >= 3


def _bn_consonant(char: str) -> bool:
    """A Bengali consonant letter (ক-হ, ড়, ঢ়, য়), after which a vowel is written as a sign:
    a free vowel letter there opens a clitic ("ফ্রাইসেনও"), not a syllable of the word."""
    return "\u0995" <= char <= "\u09b9" or char in "\u09dc\u09dd\u09df"


def _bn_plural(word: str) -> bool:
    """A Bengali plural, with or without a case ending after it ("স্মারকগুলোতে")."""
    for case in BN_AFTER_PLURAL:
        if word.endswith(case) and word[: len(word) - len(case)].endswith(BN_PLURAL_ENDINGS):
            return True
    return False


def _longest(ranked: list[tuple[Match, Entry]]) -> dict[int, tuple[Match, Entry]]:
    """Non-overlapping matches (from matches ranked longest first), by start token."""
    chosen: dict[int, tuple[Match, Entry]] = {}
    taken: set[int] = set()
    # Loops over the tokens, not set operations on ranges: compiled, a loop runs in C.
    for m, e in ranked:
        free = True
        for i in range(m.start, m.end):
            if i in taken:
                free = False
                break
        if free:
            for i in range(m.start, m.end):
                taken.add(i)
            chosen[m.start] = (m, e)
    return chosen


@cache
def _phrase_case(phrase: str) -> str:
    """How a lexicon name must be written: "upper" (an acronym), "capital", or "" (any case)."""
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return "upper"
    return "capital" if phrase[:1].isupper() else ""


def _written_cases(written: tuple[tuple[str, str], ...]) -> dict[str, bool]:
    """Which of the cases of `_phrase_case` words written so (text, ending) are in."""
    if any(suffix for _, suffix in written[:-1]):
        # "Bangladesh's police" is not "Bangladesh Police"
        return {"": False, "capital": False, "upper": False}
    words = [text[:-2] if suffix == "'s" else text for text, suffix in written]
    upper = all(c.isupper() for w in words for c in w if c.isalpha())
    return {"": True, "capital": words[0][:1].isupper(), "upper": upper}


def read_sentence(
    text: str,
    lexicon: Lexicon,
    names: frozenset[str] = frozenset(),
    acronyms: Mapping[str, Phrase] | None = None,
) -> Reading:
    """Tokens, mentions, cues and topics of one sentence.

    `names` are words of people's names met elsewhere in the article: alone in a
    Bengali sentence ("উয়েমুরা বলেন") they are a mention of that person. `acronyms`
    are those the article gave bodies no table lists ("... ইনস্টিটিউট (বিএফআরআই)"): read
    as the body wherever they stand, with a case ending too ("বিএফআরআইয়ের").
    """
    lang = lexicon.code
    normal = normalise(text)
    tokens = tokenize(normal, lexicon.keys, lexicon.suffixes)
    if acronyms:
        tokens = [_acronym_keyed(t, acronyms, lexicon.suffixes) for t in tokens]
    keys = [tok.key for tok in tokens]
    usable = lexicon.matches(tokens)
    if acronyms:
        usable += [Match(i, i + 1, acronyms[k]) for i, k in enumerate(keys) if k in acronyms]
    # Words some table knows (topics, cues, references) are never part of a person's name.
    non_names = {i for i, key in enumerate(keys) if key in lexicon.non_name_words}
    # "জাইকা প্রধান তা বিবেচনা করবেন": "তা" (it) as written; "তাই" and "তারা" share its stem
    non_names.update(i for i, tok in enumerate(tokens) if tok.text in BN_THING_PRONOUNS)
    if lang == "en":
        cased = [m if not m.phrase.named else _cased(m, tokens) for m in usable]
        usable = [m for m in cased if m]
    else:
        usable += _glued_titles(tokens, lexicon, usable, non_names)
    usable.sort(key=lambda m: (m.start - m.end, m.start))
    entity: list[tuple[Match, Entry]] = []
    reference: list[tuple[Match, Entry]] = []
    cue: list[tuple[Match, Entry]] = []
    topic: list[tuple[Match, Entry]] = []
    for m in usable:
        phrase = m.phrase
        if phrase.entity:
            entity.append((m, phrase.entity))
        if phrase.reference:
            reference.append((m, phrase.reference))
        if phrase.cue:
            cue.append((m, phrase.cue))
        if phrase.topic:
            topic.append((m, phrase.topic))
        if phrase.known_word:
            non_names.update(range(m.start, m.end))
    entities = _longest(entity)
    words: dict[int, str] = {}
    if reference:
        # "counterpart" is a title only before a name ("his counterpart Amrit Bahadur Rai");
        # alone, "his counterpart" stays a reference to the one met.
        covered = {
            i
            for m, e in entities.values()
            if not (e.kind == "title" and e.value.head in NAMED_ONLY_TITLES)
            for i in range(m.start, m.end)
        }
        for m, e in _longest(reference).values():
            if e.kind == "hope" and tokens[m.start].text == "May":
                continue  # "DHAKA, May 5": the month, not the verb of a wish
            if e.kind == "to" and m.end < len(tokens) and tokens[m.end].key in BN_PER_UNITS:
                continue  # "প্রতি বছর ৫০ জন": every year, not "to"
            if covered.isdisjoint(range(m.start, m.end)):
                for i in range(m.start, m.end):
                    words[i] = e.kind
    cues = [
        (m.start, m.end, e.value, e.phrase)
        for m, e in _longest(cue).values()
        if not (
            lang == "en"
            and (_compound_modifier(tokens, m.start) or _attributive(tokens, m.start, m.end))
        )
    ]
    if lang == "en" and any(
        t.key in APART_WORDS or t.key in EVENT_DAYS or t.key == "in" for t in tokens
    ):
        cues = _cues_apart(tokens, cues, lexicon)
    cues.sort(key=lambda c: c[0])
    builder = _Builder(lexicon, normal, tokens, keys, entities, words, non_names, names)
    builder.cue_tokens = {i for start, end, *_ in cues for i in range(start, end)}
    builder.topic_tokens = {i for m, _ in topic for i in range(m.start, m.end)}
    # A title may begin with its body's name ("UN Secretary General"): the body is its holder's.
    builder.bodies = {
        m.start: m.phrase.agency.value for m, _ in reversed(entity) if m.phrase.agency
    }
    mentions = builder.mentions()
    topics: list[str] = []
    if topic:
        # A title's words are no topic: "Director for Migration and Asylum" discusses nothing.
        # Nor a body's: "অর্থনৈতিক সম্পর্ক বিভাগ" (the ERD) is about no economic relations.
        titled = {
            i
            for m in mentions
            if m.kind in ("person", "title_ref", "agency")
            for i in range(m.start, m.end)
        }
        # (One reaching past them still is: "Foreign Office Consultations".)
        topics = [
            str(e.value)
            for m, e in _longest(topic).values()
            if titled.isdisjoint(range(m.start, m.end))
            or not titled.issuperset(range(m.start, m.end))
        ]
    return Reading(text, tokens, mentions, cues, topics, words)


def _cues_apart(
    tokens: list[Token], cues: list[tuple[int, int, Cue, str]], lexicon: Lexicon
) -> list[tuple[int, int, Cue, str]]:
    """The sentence's cues, with those whose words stand apart read whole: "talks in Hanoi
    yesterday between X and Y" and "was signed on Monday by X and Y" as the lexicon's "talks
    between" and "was signed by", "decided on Thursday to" as "decided to", and "who is in
    Dhaka on a three-day visit" as a visit (the lexicon's phrases need their words side by
    side)."""
    found = {(start, end): (cue, phrase) for start, end, cue, phrase in cues}
    cued = {i for start, end, *_ in cues for i in range(start, end)}
    ending = {end: start for start, end, *_ in cues}  # a cue's start, by where it ends
    for j, token in enumerate(tokens):
        if token.key == "in" and j > 0 and tokens[j - 1].key in STAY_VERBS and j not in cued:
            if _visit_told_after(tokens, j):
                found[(j - 1, j + 1)] = (Cue("MET", "forward"), "is in")
        elif token.key == "to" and j > 1 and tokens[j - 1].key in EVENT_DAYS:
            _day_inside(tokens, j, lexicon, found)
        elif token.key in APART_WORDS:
            _last_word_apart(tokens, j, lexicon, found, cued, ending)
    return [(start, end, cue, phrase) for (start, end), (cue, phrase) in found.items()]


def _visit_told_after(tokens: list[Token], j: int) -> bool:
    """ "X, who is in Dhaka on a three-day visit": a visit is told in the clause of "in"."""
    rest = [t.key for t in tokens[j + 1 : j + 10]]
    clause = rest[: rest.index(",")] if "," in rest else rest
    return bool(VISIT_NOUNS & set(clause))


def _day_inside(
    tokens: list[Token], j: int, lexicon: Lexicon, found: dict[tuple[int, int], tuple[Cue, str]]
) -> None:
    """ "jointly decided on Thursday to extend": the day told inside "decided to" (j: "to")."""
    gap = j - 2 if tokens[j - 2].key == "on" else j - 1
    for start in range(max(0, gap - 3), gap):
        entry = lexicon.phrase([t.key for t in tokens[start:gap]] + ["to"])
        if entry is not None and entry.cue is not None:
            for span in [s for s in found if start <= s[0] < gap]:
                del found[span]
            found[(start, j + 1)] = (entry.cue.value, entry.cue.phrase)
            return


def _last_word_apart(
    tokens: list[Token],
    j: int,
    lexicon: Lexicon,
    found: dict[tuple[int, int], tuple[Cue, str]],
    cued: set[int],
    ending: dict[int, int],
) -> None:
    """The nearest cue (or noun of talks) before "by" or "between" at j, past no break, read
    with it when the lexicon knows the two together ("was signed ... by")."""
    for i in range(j - 1, max(-1, j - 8), -1):
        if tokens[i].key in APART_BREAKS:
            return
        if i + 1 in ending:
            start = ending[i + 1]
        elif tokens[i].key in TALK_NOUNS and i not in cued:
            start = i
        else:
            continue
        entry = lexicon.phrase([t.key for t in tokens[start : i + 1]] + [tokens[j].key])
        if i + 1 < j and entry is not None and entry.cue is not None:
            found.pop((start, i + 1), None)
            found[(start, j + 1)] = (entry.cue.value, entry.cue.phrase)
        return


def _compound_modifier(tokens: list[Token], start: int) -> bool:
    """ "a long-discussed deal", "the much-awaited visit": the cue word is part of an
    adjective glued by a hyphen to a plain word before it, no verb of its own."""
    if start < 2 or tokens[start - 1].text != "-":
        return False
    hyphen, word = tokens[start - 1], tokens[start - 2]
    glued = word.end == hyphen.start and hyphen.end == tokens[start].start
    return glued and word.text.isalpha() and word.text.islower() and len(word.text) > 3


def _attributive(tokens: list[Token], start: int, end: int) -> bool:
    """ "signed the renewed MoU", "the agreed minutes": a one-word participle cue after an
    article qualifies the noun after it; nothing is done in the sentence by it."""
    word = tokens[start].text
    return (
        end == start + 1
        and start > 0
        and tokens[start - 1].key in ATTRIBUTIVE_DETERMINERS
        and word.endswith("ed")
        and end < len(tokens)
        and tokens[end].is_word
    )


def _acronym_keyed(
    token: Token, acronyms: Mapping[str, Phrase], suffixes: tuple[str, ...]
) -> Token:
    """The token keyed by the article's acronym it spells, its case ending set apart."""
    text = token.text.removesuffix("'s")
    if text in acronyms:
        return token._replace(key=text, suffix=token.text[len(text) :])
    for suffix in suffixes:
        stem = text.removesuffix(suffix).rstrip("-")
        if stem != text and stem in acronyms:
            return token._replace(key=stem, suffix=suffix)
    return token


def _glued_titles(
    tokens: list[Token], lexicon: Lexicon, usable: list[Match], non_names: set[int]
) -> list[Match]:
    """Title matches for Bengali words that glue a field to a title: পররাষ্ট্রসচিব."""
    known = non_names.union(i for m in usable for i in range(m.start, m.end))
    found = []
    for i, tok in enumerate(tokens):
        entry = None if i in known else lexicon.glued_title(tok.key)
        if entry:
            found.append(Match(i, i + 1, Phrase.of(1, (entry,))))
    return found


def _cased(m: Match, tokens: list[Token]) -> Match | None:
    """The English match without the name entries its letters rule out ("us" is not the US);
    None when nothing is left."""
    phrase = _cased_phrase(m.phrase, tuple((t.text, t.suffix) for t in tokens[m.start : m.end]))
    if phrase is m.phrase:
        return m
    return Match(m.start, m.end, phrase) if phrase else None


@lru_cache(maxsize=65536)
def _cased_phrase(phrase: Phrase, written: tuple[tuple[str, str], ...]) -> Phrase | None:
    """`phrase` as it counts when its words are written so: the same few names recur."""
    cases = _written_cases(written)
    # "People's Majlis", "Chief Adviser's Office": a possessive the name itself holds.
    own = _written_cases(tuple((text, "") for text, _ in written))
    entries = phrase.entries
    kept = tuple(
        e
        for e in entries
        if e.kind not in NAME_KINDS
        or (own if "'s " in e.phrase or "’s " in e.phrase else cases)[_phrase_case(e.phrase)]
    )
    if len(kept) == len(entries):
        return phrase
    return Phrase.of(phrase.length, kept) if kept else None


class _Builder:
    """Turns the matched spans of one sentence into mentions."""

    def __init__(
        self,
        lexicon: Lexicon,
        text: str,
        tokens: list[Token],
        keys: list[str],
        entities: dict[int, tuple[Match, Entry]],
        words: dict[int, str],
        non_names: set[int],
        names: frozenset[str] = frozenset(),
    ) -> None:
        self.names = names
        self.lex = lexicon
        self.text = text
        self.lang = lexicon.code
        self.tokens = tokens
        self.keys = keys  # of the tokens
        # "Md Anwar Hossain" is not "Anwar" (Ibrahim): a listed official named by one word
        # is someone else when the name goes on.
        self.entities = {
            i: (m, e)
            for i, (m, e) in entities.items()
            if not (e.kind == "official" and self.name_goes_on(tokens, m, non_names))
        }
        # Where each entity starts, by the token it ends before (entities do not overlap).
        self.starts = {m.end: start for start, (m, _) in self.entities.items()}
        if self.lang == "en":
            self.ministries_of_fields()
        self.words = words
        self.non_names = non_names
        self.used: set[int] = set()
        self.bodies: dict[int, Agency] = {}  # agencies named where a token starts
        # Bodies no table lists named in a title ("Director of the Hajj Office X"): start, end.
        self.title_bodies: dict[int, int] = {}
        self.cue_tokens: set[int] = set()  # the words of cues (verbs and their nouns)
        self.topic_tokens: set[int] = set()  # the words of topic cues

    # -- helpers -----------------------------------------------------------------------
    def name_goes_on(self, tokens: list[Token], m: Match, non_names: set[int]) -> bool:
        """An English one-word match followed by another capitalised word no table knows."""
        if self.lang != "en" or m.end - m.start != 1 or m.end >= len(tokens):
            return False
        after = tokens[m.end]
        return after.is_capitalised and after.is_word and m.end not in non_names

    def kind_at(self, i: int) -> str | None:
        found = self.entities.get(i)
        return found[1].kind if found else None

    def value_at(self, i: int) -> object:
        return self.entities[i][1].value

    def end_at(self, i: int) -> int:
        return self.entities[i][0].end

    def surface(self, start: int, end: int, bare: bool = False) -> str:
        """The words start..end as written; `bare` drops a Bengali case ending at the end."""
        if bare and self.lang == "bn" and end > start and self.tokens[end - 1].suffix:
            last = self.tokens[end - 1]
            glued = end - 1 > start and self.tokens[end - 2].end == last.start  # "ইয়ং-সিকও"
            space = " " if end - 1 > start and not glued else ""
            return self.surface(start, end - 1) + space + last.key
        if end <= start:
            return ""
        return " ".join(self.text[self.tokens[start].start : self.tokens[end - 1].end].split())

    def firm_of(self, i: int, end: int) -> bool:
        """ "with a Singaporean trading company", "সিঙ্গাপুরের একটি জ্বালানি ব্যবসায়ী
        প্রতিষ্ঠানের সঙ্গে": the country only says where a firm no one names is from."""
        if self.lang == "en":
            if i == 0 or self.tokens[i - 1].key not in INDEFINITE_WORDS:
                return False
            after = end
        else:
            if end >= len(self.tokens) or self.tokens[end].key not in INDEFINITE_WORDS:
                return False
            after = end + 1
        return any(t.key in FIRM_NOUNS for t in self.tokens[after : after + FIRM_REACH])

    def skip_parenthesis(self, i: int, longest: int = 4) -> int:
        """The index after "( ... )" at i, or i when there is none (or it is long)."""
        if i < len(self.tokens) and self.tokens[i].text == "(":
            for j in range(i + 1, min(i + longest + 2, len(self.tokens))):
                if self.tokens[j].text == ")":
                    return j + 1
        return i

    def skip_honorifics(self, i: int) -> int:
        while i < len(self.tokens):
            if self.kind_at(i) == "honorific":
                i = self.end_at(i)
            elif self.lang == "en" and self.tokens[i].text == "." and i > 0:
                i += 1
            else:
                break
        return i

    # -- mentions -----------------------------------------------------------------------
    def mentions(self) -> list[Mention]:
        found: list[Mention] = []
        # Titles first (they take their modifiers and names), then officials, bodies, countries.
        kinds = [(i, self.entities[i][1].kind) for i in sorted(self.entities)]
        for i, kind in kinds:
            if kind == "not_entity":
                self.used.update(range(i, self.end_at(i)))  # no body is read inside one either
        for i, kind in kinds:
            if kind == "title" and i not in self.used:
                found.extend(self.person_or_reference(i))
        for i, kind in kinds:
            if kind == "official" and i not in self.used:
                found.append(self.curated_person(i, i, None))
        for i, kind in kinds:
            if kind == "agency":
                inside = i in self.used
                mention = self.agency(i)
                if mention:
                    # "পররাষ্ট্র দপ্তর পর্যায়ের পরামর্শ": a body naming a level is no party
                    level = (
                        self.lang == "bn"
                        and mention.end < len(self.tokens)
                        and (self.tokens[mention.end].text in BN_LEVEL_WORDS)
                    )
                    mention.inside = inside or level
                    found.append(mention)
        for i, kind in kinds:
            if kind in ("country", "capital"):
                end = self.end_at(i)
                after = self.tokens[end : end + 2]
                if (
                    len(after) == 2
                    and after[0].text == "-"
                    and after[0].start == self.tokens[end - 1].end
                    and after[1].key in PLACED_WORDS
                ):
                    continue  # "the Manila-based lender": where a body sits, no party
                mention = Mention(
                    kind="country",
                    start=i,
                    end=end,
                    text=self.surface(i, end, bare=True),
                    country=str(self.value_at(i)),
                    inside=i in self.used or self.firm_of(i, end),
                    capital=kind == "capital",
                )
                found.append(mention)
                self.used.update(range(i, end))
        for i, kind in self.words.items():
            if kind in ("pronoun", "object", "speaker", "group", "government") and (
                i == 0 or self.words.get(i - 1) != kind
            ):
                end = i + 1
                while self.words.get(end) == kind and end < len(self.tokens):
                    end += 1
                found.append(Mention(kind=kind, start=i, end=end, text=self.surface(i, end)))
        if self.lang == "en":
            found.extend(self.plural_titles())
            found.extend(self.rank_references(found))
            found.extend(self.unlisted_bodies())
            found.extend(self.generic_bodies())
            found.extend(self.capitalised_names())
        else:
            found.extend(self.known_name_words())
            found.extend(self.rank_references(found))
            found.extend(self.bengali_unlisted_bodies(found))
        found.sort(key=lambda m: m.start)
        if self.lang == "bn":
            found = self.bn_names_before_titles(found)
        found = self.appositions(found)
        if self.lang == "en":
            found = self.posts_told_with_as(found)
        for m in found:
            if m.kind == "person" and m.country is None:
                if self.lang == "en":
                    m.country = self.led_delegation_country(m.start)
                else:
                    m.country = self.bn_led_delegation_country(m.end) or self.bn_side_led(m.start)
        found = [m for m in found if not self.government_of_a_country(m)]
        for m in found:
            self.mark_roles(m)
        self.mark_inside(found)
        return found

    def posts_told_with_as(self, found: list[Mention]) -> list[Mention]:
        """ "Dr X, who arrived on her first visit as Gavi CEO, ...": the post told with "as"
        in a clause set off after a person named with no title is that person's."""
        taken: set[int] = set()
        for m in found:
            if m.kind != "person" or m.title is not None or m.official is not None:
                continue
            if m.end + 1 >= len(self.tokens) or self.tokens[m.end].text != ",":
                continue
            close = next(
                (k for k in range(m.end + 1, len(self.tokens)) if self.tokens[k].text == ","),
                len(self.tokens),
            )
            posts = [
                n for n, other in enumerate(found)
                if other.kind == "title_ref" and other.title is not None
                and m.end < other.start < close and self.tokens[other.start - 1].key == "as"
            ]  # fmt: skip
            if posts:
                post = found[posts[0]]
                m.title, m.agency = post.title, m.agency or post.agency
                taken.add(posts[0])
        return [m for n, m in enumerate(found) if n not in taken]

    def curated_person(self, start: int, name_start: int, title: Title | None) -> Mention:
        official: Official = self.value_at(name_start)  # type: ignore[assignment]
        end = self.skip_trailing_honorific(self.end_at(name_start))
        self.used.update(range(start, end))
        name = self.surface(name_start, self.end_at(name_start), bare=True)
        return Mention(
            kind="person",
            start=start,
            end=end,
            text=self.surface(start, end),
            official=official,
            name=name,
            full=self.surface(self.first_honorific(name_start), end, bare=True),
            title=title,
            country=official.country,
        )

    def first_honorific(self, name_start: int) -> int:
        """Where the honorifics before a name begin."""
        i = name_start
        while i > 0:
            prev = self.starts.get(i)
            if prev is not None and self.kind_at(prev) == "honorific":
                i = prev
            else:
                break
        return i

    def skip_trailing_honorific(self, i: int) -> int:
        j = self.skip_parenthesis(i)
        if j != i and any(self.kind_at(k) == "honorific" for k in range(i, j)):
            return j
        if (
            i < len(self.tokens)
            and self.kind_at(i) == "honorific"
            and self.tokens[i].text.startswith("(")
        ):
            return self.end_at(i)
        return i

    def title_chain(self, i: int) -> tuple[int, Title, str]:
        """Where the title at i ends, joined titles included ("Deputy PM and Foreign Minister")."""
        title: Title = self.value_at(i)  # type: ignore[assignment]
        end = self.end_at(i)
        names = [title.title]
        while (
            end + 1 < len(self.tokens)
            and self.tokens[end].key in ("and", "ও", "এবং")
            and self.kind_at(end + 1) == "title"
            and self.lang == "en"
        ):
            nxt: Title = self.value_at(end + 1)  # type: ignore[assignment]
            names.append(nxt.title)
            end = self.end_at(end + 1)
        if self.lang == "en" and end < len(self.tokens) and self.tokens[end].key == "for":
            # "managing director for country programmes Thabani Maphosa": a field in lower case
            k = end + 1
            while (
                k < min(end + 4, len(self.tokens))
                and self.tokens[k].text.isalpha()
                and (self.tokens[k].text.islower() and k not in self.entities)
            ):
                k += 1
            if k > end + 1 and self.capitalised_run(k) - k >= 2 and k not in self.entities:
                names[-1] = f"{names[-1]} {self.surface(end, k)}"
                end = k
        return end, title, " and ".join(names)

    def pair_before(self, i: int) -> int | None:
        """Where "the two" opens before the title at i ("দুই মন্ত্রী", "দুই বাহিনী প্রধান")."""
        if i > 0 and self.tokens[i - 1].key in PAIR_WORDS:
            return i - 1
        if (
            i > 1
            and self.tokens[i - 2].key in PAIR_WORDS
            and i - 1 not in self.entities
            and self.tokens[i - 1].text[:1].isalpha()
            and self.tokens[i - 1].key == self.tokens[i - 1].text
        ):
            return i - 2  # a bare word of the field between, not "দুই বৈঠকেই সচিব X"
        return None

    def person_or_reference(self, i: int) -> list[Mention]:
        end, title, title_text = self.title_chain(i)
        level = end < len(self.tokens) and (
            self.keys[end] in BN_LEVEL_WORDS or self.tokens[end].text in BN_LEVEL_WORDS
        )
        if self.lang == "bn" and level:
            # "ওআইসি পররাষ্ট্রমন্ত্রী পর্যায়ের সম্মেলন": a minister-level conference (of the OIC)
            # names no one, and its body is no party; a country's minister-level presence is
            # still the country's ("ইন্দোনেশিয়ার মন্ত্রী পর্যায়ের প্রতিনিধিত্ব")
            start = self.left_modifiers(i)[0]
            self.used.update(range(i if self.kind_at(start) == "country" else start, end))
            return []
        pair = self.pair_before(i)
        if pair is not None:
            self.used.update(range(pair, end))
            return [Mention(kind="group", start=pair, end=end, text=self.surface(pair, end))]
        start, sender, host, agency, visiting = self.left_modifiers(i)
        lead = start
        while self.lang == "en" and lead > 0 and self.tokens[lead - 1].key in TITLE_PREFIXES:
            lead -= 1
        if lead < start == i:
            # "Gavi's senior country manager": the body's possessive before the rank
            before = self.left_modifiers(lead)
            if before[0] < lead:
                start, sender, host, agency, visiting = before
        ranks = i
        while ranks > start and self.tokens[ranks - 1].key in TITLE_PREFIXES:
            ranks -= 1
        if ranks < i and self.lang == "en" and not title_text.lower().startswith(self.keys[ranks]):
            # "Deputy Minister of Justice": the rank is part of the title
            rank = " ".join(w[:1].upper() + w[1:] for w in self.surface(ranks, i).split())
            title_text = f"{rank} {title_text}"
        its = start > 0 and (
            self.tokens[start - 1].key == "its"
            or (self.lang == "bn" and self.tokens[start - 1].text.startswith(BN_BODY_REFERENCES))
        )
        generic = agency is not None and agency.country == "*" and self.lang == "en"
        if generic and not self.tokens[start].is_capitalised:
            # "signed with the World Bank, while the bank's Division Director X": the body of
            # that kind named before in the sentence
            named = self.body_before(start)
            if named is not None and named.country != "*":
                agency, sender = named, (None if named.country == "int" else named.country)
        if agency is None and its:
            # "the ADB ..., its Country Director X", "এডিবির পক্ষে সংস্থাটির কান্ট্রি ডিরেক্টর X"
            agency = self.body_before(start - 1)
            if agency and agency.country not in ("*", "int"):
                sender = sender or agency.country
        if agency is None and i in self.bodies:
            agency = self.bodies[i]
            if agency.country not in ("*", "int"):
                sender = sender or agency.country
        if agency is not None and agency.country == "int" and sender and not host:
            # "আইসিআরসির ঢাকা প্রতিনিধিদলের প্রধান": an international body's officer serves in
            # the country named with the post; it is not theirs.
            host = sender
            sender = None
        j = end
        if self.lang == "en":
            # "Director General (East Asia and Pacific) of the foreign ministry Md X"
            j = self.skip_parenthesis(j)
            if (
                j + 2 < len(self.tokens)
                and self.tokens[j].key in ("and", "&")
                and self.tokens[j + 1].is_capitalised
                and self.kind_at(j + 1) is None
                and self.capitalised_run(j + 2) - (j + 2) >= 2
            ):
                j += 2  # "Minister of Agriculture and Environment Tran Duc Thang"
                j = self.more_field_words(j)
        if self.lang == "en":
            j = self.region_after(j)  # "Regional Director for South Asia Imad N Fakhoury"
        # A complement of the title: "to Bangladesh", "of the European External Action Service".
        if (
            self.lang == "en"
            and j < len(self.tokens)
            and self.tokens[j].key in ("to", "for", "of", "in", "at")
        ):
            prep = self.tokens[j].key
            k = j + 1
            if k < len(self.tokens) and self.tokens[k].key == "the":
                k += 1
            kind = self.kind_at(k)
            if prep == "at" and kind != "agency":
                kind = None  # "at" only joins the body one works at: "Counsellor at the Embassy"
            if kind in ("country", "capital") and self.kind_at(self.end_at(k)) == "agency":
                # "Deputy Head of Mission of the Egyptian embassy X": the country's body
                sender = sender or str(self.value_at(k))
                k, kind = self.end_at(k), "agency"
            elif (
                kind in ("country", "capital")
                and prep == "of"
                and not self.tokens[self.end_at(k) - 1].suffix
                and (head := self.unlisted_head(self.end_at(k), honorifics=True)) is not None
            ):
                # "chairman of the Vietnam Southern Food Corporation, X", "Director General
                # of the Bangladesh Food Safety Authority Md X": a body no table lists
                sender = sender or str(self.value_at(k))
                j, kind = head + 1, "unlisted"
                self.title_bodies[self.end_at(k)] = head + 1
            elif kind in ("country", "capital") and self.tokens[self.end_at(k) - 1].suffix:
                body = self.end_at(k)
                if self.kind_at(body) == "agency":  # "head of Türkiye's Presidency of ..."
                    sender = sender or str(self.value_at(k))
                    k, kind = body, "agency"
                elif (head := self.unlisted_head(body)) is not None:
                    # "Director of Uzbekistan's Export Promotion Agency Shokhrukh Yusupov"
                    sender = sender or str(self.value_at(k))
                    j, kind = head + 1, "unlisted"
                    self.title_bodies[body] = head + 1
            office_end = self.office_after(self.end_at(k)) if kind == "agency" else None
            if kind == "unlisted":
                pass  # the body's name is read; the holder's name follows it
            elif kind and self.tokens[self.end_at(k) - 1].suffix and office_end is None:
                kind = None  # "the adviser of the UK's support": not the title's country
            if kind in ("country", "capital"):
                # "ADB Country Director for Bangladesh": an international body's officer for
                # a country serves there, as an envoy to it does.
                serves = prep == "for" and agency is not None and agency.country == "int"
                if prep in ("to", "in") or serves:
                    host = str(self.value_at(k))
                else:
                    sender = sender or str(self.value_at(k))
                j = self.skip_parenthesis(self.end_at(k))
                also = j + 1 < len(self.tokens) and self.tokens[j].key in ("and", "&")
                if prep in ("for", "to", "in") and also:
                    # "Division Director for Bangladesh and Bhutan", "Ambassador to Belgium
                    # and the EU"
                    other = self.past_the(j + 1)
                    if self.kind_at(other) == "country":
                        j = self.end_at(other)
                if self.lang == "en" and prep == "of":
                    j, host = self.posted_to(j, host)  # "Ambassador of X to Bangladesh Y"
                    # "the Chief of the Turkish General Staff, General X,": the country's
                    # body, then the holder's name after the comma
                    comma = self.capitals_end(j)
                    if j < comma <= j + FIELD_WORDS and comma < len(self.tokens):
                        j = comma if self.tokens[comma].text == "," else j
            elif kind == "agency":
                agency = agency or self.value_at(k)  # type: ignore[assignment]
                if agency and agency.country not in ("*", "int"):
                    sender = sender or agency.country  # "secretary of the ERD": of Bangladesh
                j = office_end or self.skip_parenthesis(self.end_at(k))
                # "Secretary General of the Ministry of Higher Education, Scientific Research
                # and Innovation X", "of the Ministry of Agriculture, Water Resources and
                # Fisheries X": the ministry's listed fields, then the name
                first = None
                if agency is not None and agency.country == "*" and j + 1 < len(self.tokens):
                    if self.tokens[j].key == "of" and self.kind_at(j + 1) is None:
                        first = self.capitals_end(j + 1)
                    elif self.tokens[j].text == "," and agency.name.startswith("Ministry of"):
                        first = j
                if first is not None:
                    listed = self.listed_fields(first)
                    if listed + 2 < len(self.tokens) and self.tokens[listed].key in ("and", "&"):
                        j = listed + 2
                of = j + 1 if j < len(self.tokens) and self.tokens[j].key == "of" else None
                if of is not None and of < len(self.tokens) and self.tokens[of].key == "the":
                    of += 1
                if (
                    agency
                    and agency.country == "*"
                    and of is not None
                    and self.kind_at(of) == "country"
                ):
                    # "at the Embassy of the Kingdom of the Netherlands": whose mission it is
                    sender = sender or str(self.value_at(of))
                    j = self.end_at(of)
                posted = j + 1 < len(self.tokens) and self.tokens[j].key == "in"
                if posted and self.kind_at(j + 1) in ("country", "capital"):
                    # "Country Director of KOICA in Bangladesh Kim Jin-oh": where one serves.
                    host = host or str(self.value_at(j + 1))
                    j = self.end_at(j + 1)
            elif (
                prep == "in"
                and kind is None
                and k + 1 < len(self.tokens)
                and self.tokens[k].is_capitalised
                and self.name_end(self.skip_honorifics(k + 1)) - self.skip_honorifics(k + 1) >= 2
            ):
                j = k + 1  # "Permanent Representative in Geneva Tareq Md Ariful Islam"
            elif prep in ("for", "of") and kind != "unlisted":
                # "Minister of Industry and Trade Nguyen Hong Dien": a portfolio of two fields
                # ends one word after its "and"; the name follows.
                body = self.capitals_end(k)
                field = body
                listed = self.listed_fields(field)
                several = listed > field and self.tokens[listed].key in ("and", "&")
                if several:
                    field = body = listed
                if (
                    (field - k <= 2 or several)
                    and field + 2 < len(self.tokens)
                    and self.tokens[field].key in ("and", "&")
                    and self.kind_at(field + 1) is None
                ):
                    field = self.more_field_words(field + 2)
                else:
                    field = k
                # "Minister of Public Security Wang Xiaohong": the last two words are the name.
                run = self.capitalised_run(k)
                portfolio = self.portfolio_end(k)
                head = self.unlisted_head(k, honorifics=True)
                if body - k >= 2 and self.tokens[body - 1].text in self.lex.org_heads:
                    head = body - 1
                if head is not None:
                    j = body = head + 1  # "of the International Islamic Trade Finance Corporation"
                    self.title_bodies[k] = body
                    posted = j + 1 < len(self.tokens) and self.tokens[j].key == "in"
                    if posted and self.kind_at(j + 1) in ("country", "capital"):
                        # "Director of the Hajj Office in Dhaka X": where the holder serves
                        host = host or str(self.value_at(j + 1))
                        j = self.end_at(j + 1)
                elif field > k and self.capitalised_run(field) - field >= 2:
                    j = field
                elif portfolio is not None:
                    j = portfolio
                elif run > k and self.kind_at(run) == "honorific":
                    j = run  # "Minister of Labour Dr Ali bin Samikh Al Marri"
                elif run - k >= 3:
                    j = run - 2
        if self.lang == "en" and j == end:
            j = self.portfolio_end(j) or j  # "Minister of State for Energy" "Affairs Saad X"
        if self.lang == "en":
            # "Inspector General of Police (IGP) Baharul Alam", "Additional IGP (Crime and
            # Operations) Md X": an acronym or a portfolio in brackets.
            j = self.skip_parenthesis(j, longest=4)
        # ", secretary of the Economic Relations Division (ERD), and": a title set after a
        # name keeps its complement, so the body in it is the title's, not an actor of its own.
        described = j if self.lang == "en" and agency is not None else end
        if self.lang == "bn":
            phrase = self.entities[i][1].phrase
            if self.tokens[end - 1].suffix and not phrase.endswith(self.tokens[end - 1].text):
                j = len(self.tokens)  # "হাইকমিশনারকে": a name would come before the ending
            else:
                # "ভারপ্রাপ্ত রাষ্ট্রদূত (চার্জ দ্য অ্যাফেয়ার্স) X", "বিশেষ সহকারী (ডাক,
                # টেলিযোগাযোগ ও তথ্যপ্রযুক্তি) X": a gloss or the portfolio of the title.
                j = self.skip_parenthesis(j, longest=7)
        j = self.skip_honorifics(j)
        # "the organisation's country coordinator for Malaysia, X,": a possessor after "the"
        lead = min(lead, start)  # "the senior country manager": a rank before the title
        owned = lead > 1 and self.tokens[lead - 1].suffix == "'s"
        definite = lead > 0 and self.tokens[lead - 1 - owned].key == "the"
        # "Gavi's senior country manager, Maria Lopez": a title its body's possessive owns
        possessed = owned or any(t.suffix == "'s" for t in self.tokens[start:i])
        if (
            self.lang == "en"
            and j < len(self.tokens)
            and self.tokens[j].text == ","
            and (definite or possessed)
        ):
            after = self.skip_honorifics(j + 1)
            if self.kind_at(after) == "official" or self.capitalised_run(after) - after >= 2:
                j = after
        elif self.lang == "en" and start > 0 and self.tokens[start - 1].key == "the":
            j = self.described_body_apposition(j)
        styled = (
            self.lang == "en"
            and self.kind_at(j) is None
            and self.kind_at(j + 1) == "official"
            and self.tokens[j].is_capitalised
        )
        if styled:
            j += 1  # "President Sheikh Mohamed bin Zayed Al Nahyan": a style before the name
        if self.kind_at(j) == "official":
            mention = self.curated_person(start, j, title)
            if styled:
                # the style stays in the name as written ("Sheikh Mohamed" later is him)
                mention.full = self.surface(j - 1, mention.end, bare=True)
            mention.end, sender = self.country_after_name(mention.end, sender)
            mention.country = mention.country or sender
            mention.host = host
            mention.agency = agency
            mention.visiting = visiting
            return [mention]
        name_end = self.name_end(j)
        lone = self.lang == "bn" and name_end == j + 1 and j == end
        # "ইন্দোনেশিয়ার পররাষ্ট্রমন্ত্রী সুগিওনোর সঙ্গে": one word before "with" is a name
        met = lone and start != i and self.words.get(j + 1) == "with"
        if (
            lone
            and not met
            and (start == i or bool(self.tokens[j].suffix or self.bn_name_ending(j)))
        ):
            # A bare title and one word ("উপদেষ্টা বিদ্যুৎকেন্দ্রের নিরাপত্তা"): the title refers
            # back to its holder; a surname met before is found on its own.
            name_end = j
        if (
            self.lang == "en"
            and name_end > j + 1
            and self.tokens[name_end - 1].text in self.lex.org_heads
        ):
            # "chairman of the Vietnam Southern Food Corporation": a body no table lists, no name
            described = name_end
            name_end = j
        if name_end > j:
            name = self.name_text(j, name_end)
            stop = self.skip_trailing_honorific(name_end)
            stop, sender = self.country_after_name(stop, sender)
            if agency is None:
                stop, agency = self.body_after_name(stop)
                if agency is not None and agency.country not in ("*", "int"):
                    sender = sender or agency.country
            self.used.update(range(start, stop))
            return [
                Mention(
                    kind="person",
                    start=start,
                    end=stop,
                    text=self.surface(start, stop),
                    name=name,
                    full=self.name_text(self.first_honorific(j), name_end),
                    title=Title(title_text, title.head),
                    country=sender,
                    host=host,
                    agency=agency,
                    visiting=visiting,
                )
            ]
        after_comma = self.lang == "bn" and self.tokens[self.comma_before(start)].text == ","
        if title.head in NAMED_ONLY_TITLES and not after_comma:
            # "his Turkish counterpart" alone: the country's principal (relations); "অনুপম
            # প্রসাদ, দেশটির ... কমিশনের সদস্য" may name the one before the comma (read after)
            return []
        self.used.update(range(start, described))
        return [
            Mention(
                kind="title_ref",
                start=start,
                end=described,
                text=self.surface(start, described),
                title=Title(title_text, title.head),
                country=sender,
                host=host,
                agency=agency,
                visiting=visiting,
            )
        ]

    def described_body_apposition(self, j: int) -> int:
        """Where the holder's name begins in "the head of the Uzbek railway academy, Prof
        Ravshan Aripov,": a body described in plain words, then the name set off by commas."""
        k = j
        while (
            k < len(self.tokens)
            and k - j < 6
            and self.tokens[k].text.isalpha()
            and not self.tokens[k].is_capitalised
            and self.kind_at(k) is None
            and k not in self.words
        ):
            k += 1
        if k == j or k >= len(self.tokens) or self.tokens[k].text != ",":
            return j
        after = self.skip_honorifics(k + 1)
        name_end = self.capitalised_run(after)
        closed = name_end >= len(self.tokens) or self.tokens[name_end].text in (",", ".")
        if self.kind_at(after) == "official" or (name_end - after >= 2 and closed):
            return after
        return j

    def portfolio_end(self, k: int) -> int | None:
        """Where the name begins after a title's portfolio of known field words ("of State for
        Energy Affairs Saad Al-Kaabi", "of the Department of Environment Dr Md X"), or None."""
        tokens, fields, i = self.tokens, 0, k
        while i < len(tokens):
            tok = tokens[i]
            if self.kind_at(i) == "honorific":
                return i if fields else None
            if self.kind_at(i) in NAME_KINDS:
                return None  # "the secretary and Indonesian Ambassador X": another actor
            if tok.key in PORTFOLIO_LINKS:
                i += 1
            elif tok.text == "(" and self.skip_parenthesis(i) > i:
                i = self.skip_parenthesis(i)
            elif tok.is_capitalised and tok.key in self.lex.field_words:
                run = i + 1
                while run < len(tokens) and (
                    tokens[run].is_capitalised
                    or (tokens[run].text == "." and tokens[run - 1].key in NAME_SHORT_FORMS)
                ):
                    run += 1  # ("Affairs Ma. Theresa Lazaro": the short form is in the name)
                linked = run < len(tokens) and tokens[run].key in PORTFOLIO_LINKS
                if run - (i + 1) < 2 and not linked:
                    return i if fields and run - i >= 2 else None  # "Park Jin": a name at last
                fields += 1
                i += 1
            elif tok.is_capitalised:
                return i if fields else None
            else:
                return None
        return None

    def office_after(self, i: int) -> int | None:
        """The end of "[Bangladesh] office" after a body ("JICA's Bangladesh office"), if any."""
        if self.kind_at(i) in ("country", "capital"):
            i = self.end_at(i)
        if i < len(self.tokens) and self.words.get(i) == "office":
            while i < len(self.tokens) and self.words.get(i) == "office":
                i += 1
            return i
        return None

    def country_after_name(self, i: int, sender: str | None) -> tuple[int, str | None]:
        """ "Minister Omar Siddiqui of Pakistan" (or "of the Philippines"): the country after
        the name is the sender."""
        if self.lang != "en" or sender is not None or i + 1 >= len(self.tokens):
            return i, sender
        k = self.past_the(i + 1)
        if (
            self.tokens[i].key == "of"
            and self.kind_at(k) == "country"
            and not self.tokens[self.end_at(k) - 1].suffix
        ):
            end = self.end_at(k)
            self.used.update(range(i, end))
            return end, str(self.value_at(k))
        return i, sender

    def past_the(self, k: int) -> int:
        """Token k, or the one after it when k is "the" ("of the Netherlands")."""
        return k + 1 if k < len(self.tokens) and self.tokens[k].key == "the" else k

    def bn_fields_before(self, k: int) -> int:
        """Where the fields a Bengali ministry lists before its last field begin: "কেনিয়ার
        বিনিয়োগ, বাণিজ্য ও শিল্প মন্ত্রণালয়" (investment, commerce and industry)."""
        while (
            self.lang == "bn"
            and k >= 3
            and self.tokens[k - 1].text == ","
            and self.kind_at(k - 2) is None
            and k - 2 not in self.used
            and self.starts.get(k) is None
        ):
            k -= 2
        return k

    def posted_to(self, j: int, host: str | None) -> tuple[int, str | None]:
        """ "... to Bangladesh", "... to Belgium and the EU": the countries a title's holder
        is posted to, after its own country; where the name begins, and the host."""
        if j + 1 >= len(self.tokens) or self.tokens[j].key not in ("to", "in"):
            return j, host
        k = self.past_the(j + 1)
        if self.kind_at(k) not in ("country", "capital"):
            return j, host
        host, j = host or str(self.value_at(k)), self.end_at(k)
        while j + 1 < len(self.tokens) and self.tokens[j].key in ("and", "&"):
            k = self.past_the(j + 1)
            if self.kind_at(k) != "country":
                break
            j = self.end_at(k)
        return j, host

    def body_after_name(self, i: int) -> tuple[int, Agency | None]:
        """ "Commissioner Dominic Murphy of the Metropolitan Police('s Counter Terrorism
        Command)": the body after the name is the holder's, no party of its own."""
        if self.lang != "en" or i + 1 >= len(self.tokens) or self.tokens[i].key != "of":
            return i, None
        k = self.past_the(i + 1)
        if self.kind_at(k) != "agency":
            return i, None
        end = self.end_at(k)
        if self.tokens[end - 1].suffix:
            # "the Metropolitan Police's Counter Terrorism Command": a unit of the body
            unit = end
            while unit < len(self.tokens) and self.tokens[unit].is_capitalised:
                if self.kind_at(unit) is not None:
                    break
                unit += 1
            if unit == end:
                return i, None  # "of the ministry's support": not the holder's body
            end = unit
        self.used.update(range(i, end))
        return end, self.value_at(k)  # type: ignore[return-value]

    def left_modifiers(self, i: int) -> tuple[int, str | None, str | None, Agency | None, bool]:
        """Start of a title's modifiers and what they say: sender, host, body, visiting."""
        start, sender, host, agency, visiting = i, None, None, None, False
        office = False  # "JICA Bangladesh Office", "জাইকার বাংলাদেশ কার্যালয়": a place, not a sender
        k = prefixed = i  # where ranks before the title begin
        steps = 0
        while k > 0 and steps < 6:
            steps += 1
            prev_start = self.starts.get(k)
            tok = self.tokens[k - 1]
            if prev_start is not None and self.kind_at(prev_start) in ("country", "capital"):
                iso = str(self.value_at(prev_start))
                # "বাংলাদেশে নিযুক্ত", "বাংলাদেশে ইউএনএইচসিআরের প্রতিনিধি": where one serves.
                locative = self.lang == "bn" and tok.suffix.lstrip("-") in BN_LOCATIVE_ENDINGS
                # "বিশ্বব্যাংকের পক্ষে বাংলাদেশ ও ভুটানের ডিভিশন ডিরেক্টর": the countries an
                # international body's post covers are served, not the holder's own.
                covered = self.covered_countries(prev_start)
                # "KOICA Bangladesh Country Director": a foreign body's country office.
                office_of = self.foreign_body_ends_at(prev_start, iso)
                if covered is not None:
                    host, prev_start = host or iso, covered
                    agency = agency or self.body_before(covered)  # whose post it is
                elif office_of and (
                    self.lang == "en"
                    # "কোইকার বাংলাদেশ কান্ট্রি ডিরেক্টর": the body's office in the country
                    or self.tokens[self.before_acronym(prev_start) - 1].suffix.lstrip("-")
                    in BN_GENITIVE_ENDINGS
                ):
                    host = host or iso
                elif (
                    self.words.get(k) in ("host", "visiting")  # "ইতালি সফররত": visiting it
                    or (k < i and self.tokens[k].key == "নিযুক্ত")
                    or locative
                    or office
                ):
                    host = host or iso
                    office = False
                else:
                    sender = sender or iso
                k = start = prev_start
            elif prev_start is not None and self.kind_at(prev_start) == "agency":
                if self.lang == "bn" and tok.suffix.lstrip("-") in BN_LOCATIVE_ENDINGS:
                    break  # "আরআরআরসি কার্যালয়ে": the place of the event, not the title's body
                value: Agency = self.value_at(prev_start)  # type: ignore[assignment]
                agency = agency or value
                if value.country not in ("*", "int"):
                    sender = sender or value.country
                k = start = self.bn_fields_before(prev_start)
            elif prev_start is not None and self.kind_at(prev_start) == "honorific":
                k = start = prev_start
            elif tok.text == ")" and k >= 3 and self.tokens[k - 3].text == "(":
                if self.lang == "bn" and self.kind_at(k - 2) == "agency":
                    # "জাপান বহির্বাণিজ্য সংস্থার (জেট্রো) ঢাকা কার্যালয়ের প্রধান": the body's
                    # acronym names it.
                    inner: Agency = self.value_at(k - 2)  # type: ignore[assignment]
                    agency = agency or inner
                    if inner.country not in ("*", "int"):
                        sender = sender or inner.country
                k -= 3
            elif self.lang == "en" and tok.key == "whose" and agency is None and k >= 2:
                # "the Qatar Red Crescent, whose Secretary General X": the body's officer
                comma = k - 2 if self.tokens[k - 2].text == "," else k - 1
                body = self.starts.get(comma)
                if body is None or self.kind_at(body) != "agency":
                    break
                owner: Agency = self.value_at(body)  # type: ignore[assignment]
                agency = owner
                if owner.country not in ("*", "int"):
                    sender = sender or owner.country
                break
            elif self.words.get(k - 1) in ("host", "behalf"):
                k -= 1
            elif self.words.get(k - 1) == "visiting":
                visiting = True
                k = start = k - 1
            elif (
                self.lang == "bn"
                and k == i
                and tok.text.startswith(BN_REGION_WORDS)
                and (region := self.bn_region_start(k - 1)) is not None
            ):
                # "বিশ্বব্যাংকের দক্ষিণ এশিয়া অঞ্চলের ভাইস প্রেসিডেন্ট": the body's officer for
                # a region, the body named before it
                k = region
            elif tok.key == "দেশটি" or tok.text.startswith("দেশটি"):
                k = start = k - 1
            elif (
                self.lang == "bn"
                and self.words.get(k - 1) == "government"
                and sender is None
                and self.kind_at(self.starts.get(k - 1, -1)) == "country"
            ):
                # "যুক্তরাজ্য সরকারের দুর্নীতিবিরোধী চ্যাম্পিয়ন X": the government's country
                country_start = self.starts[k - 1]
                sender = str(self.value_at(country_start))
                k = start = country_start
            elif tok.key in LINK_WORDS and self.lang == "en" and agency is None and sender is None:
                k -= 1
            elif self.lang == "bn" and k == i and (unit := self.bn_unit_of_body(k)) is not None:
                k = unit  # "জাক্সার আন্তর্জাতিক সম্পর্ক বিভাগের পরিচালক": the body's director
            elif k == i and (field := self.portfolio_before(k)) is not None:
                k = start = field  # "Nepal's Energy, Water Resources and Irrigation Minister X"
            elif k == i and (qualified := self.title_qualifiers(k)) is not None:
                k = start = qualified  # "its Division Director", "ADB Principal Country Specialist"
            elif k == start == prefixed and tok.key in TITLE_PREFIXES and tok.is_capitalised:
                # "Deputy" before "Minister of Foreign Affairs"; "Deputy Assistant Commissioner"
                k = start = prefixed = k - 1
            elif (
                self.lang == "bn"
                and tok.text in BN_FIELD_MARKERS
                and k >= 3
                and not self.tokens[k - 2].suffix
                and k - 2 not in self.entities
                and self.kind_at(self.starts.get(self.bn_joined_fields(k - 2), -1))
                in ("country", "capital", "agency")
            ):
                # "স্পেনের পর্যটন বিষয়ক সেক্রেটারি অব স্টেট": a field "for tourism"; "বাণিজ্য ও
                # সংহতি বিষয়ক উপমন্ত্রী": fields joined by ও
                k = self.bn_joined_fields(k - 2)
            elif (
                k == i
                and tok.key in BN_CONJUNCTIONS
                and self.kind_at(self.starts.get(k - 1, -1)) == "title"
            ):
                # "অ্যাটর্নি জেনারেল ও বিচারমন্ত্রী X": two titles of one person (English titles
                # joined by "and" are read as one portfolio, see person_or_reference).
                k = start = self.starts[k - 1]
            elif (
                self.lang == "bn"
                and k == i
                and (fields := self.bn_fields_of_title(k)) < k
                and self.kind_at(self.starts.get(fields, -1)) in ("country", "capital", "agency")
            ):
                k = fields  # "কাজাখস্তানের শ্রম ও সামাজিক সুরক্ষামন্ত্রী": fields joined by ও
            elif (
                self.lang == "bn"
                and k >= 3
                and self.bn_plain_field(k - 1)
                and self.bn_plain_field(k - 2)
                and self.kind_at(self.starts.get(k - 2, -1)) in ("country", "capital", "agency")
            ):
                k -= 2  # two words of a field: "যুক্তরাষ্ট্রের সহকারী বাণিজ্য প্রতিনিধি X"
            elif (
                (self.lang == "bn" or tok.is_capitalised)
                and tok.is_word
                and k - 1 not in self.entities
                # "ভারতীয় প্রতিনিধিদল পানিসম্পদ উপদেষ্টা X-এর সঙ্গে": the delegation is a party
                and tok.key not in DELEGATION_WORDS
                and (
                    k - 1 not in self.non_names
                    or self.words.get(k - 1) == "office"
                    # "EU Trade Commissioner X": a field word names the portfolio
                    or (self.lang == "en" and tok.key in self.lex.field_words)
                    # "শ্রীলঙ্কার প্রতিরক্ষা উপমন্ত্রী": a field a topic word names
                    or (
                        self.lang == "bn"
                        and not tok.suffix
                        and k - 1 not in self.words
                        and k - 1 not in self.cue_tokens
                        and tok.key not in BN_CONJUNCTIONS
                    )
                )
                and k >= 2
                and self.kind_at(self.starts.get(k - 1, -1)) in ("country", "capital", "agency")
            ):
                office = office or self.words.get(k - 1) == "office"
                k -= 1  # the field of a title: "Bangladeshi Power Minister", "নেপালের জ্বালানি সচিব"
            else:
                break
        return start, sender, host, agency, visiting

    def bn_joined_fields(self, j: int) -> int:
        """Where the plain Bengali fields joined by ও or commas to field word j begin."""
        while (
            j >= 2
            and (self.tokens[j - 1].key in BN_CONJUNCTIONS or self.tokens[j - 1].text == ",")
            and self.bn_plain_field(j - 2)
        ):
            j -= 2
        return j

    def bn_fields_of_title(self, k: int) -> int:
        """Where the fields joined by ও before Bengali title k begin: "শ্রম ও সামাজিক
        সুরক্ষামন্ত্রী", or with the title glued to its last field: "শ্রম ও অভিবাসনমন্ত্রী"."""
        if self.bn_plain_field(k - 1):
            fields = self.bn_joined_fields(k - 1)
            return fields if fields < k - 1 else k
        if self.lex.glued_title(self.tokens[k].key) is not None:
            return self.bn_joined_fields(k)
        return k

    def bn_plain_field(self, j: int) -> bool:
        """Bengali word j may be a word of a title's field: a plain word, no name, cue,
        reference or conjunction, with no case ending."""
        tok = self.tokens[j]
        return (
            tok.is_word
            and not tok.suffix
            and j not in self.entities
            and j not in self.words
            and j not in self.cue_tokens
            and tok.key not in BN_CONJUNCTIONS
            and tok.key not in DELEGATION_WORDS
        )

    def bn_region_start(self, k: int) -> int | None:
        """Where the plain words naming a region before its word at k begin ("দক্ষিণ এশিয়া
        অঞ্চলের"), when a body in the genitive stands right before them; else None."""
        j = k
        while j > 0 and k - j < 5 and not self.tokens[j - 1].suffix and j - 1 not in self.words:
            if self.kind_at(self.starts.get(j, -1)) in ("agency", "country"):
                break
            j -= 1
        owner = self.starts.get(j)
        genitive = j > 0 and self.tokens[j - 1].suffix.lstrip("-") in BN_GENITIVE_ENDINGS
        return j if owner is not None and self.kind_at(owner) == "agency" and genitive else None

    def bn_unit_of_body(self, k: int) -> int | None:
        """Where the body ends whose unit (plain words ending in a genitive organisation word)
        stands before k: "জাক্সার আন্তর্জাতিক সম্পর্ক বিভাগের" -> after "জাক্সার"."""
        head = self.tokens[k - 1] if k > 0 else None
        if head is None or (head.key not in self.lex.org_heads and head.key not in BN_UNITS):
            return None
        if head.suffix.lstrip("-") not in BN_GENITIVE_ENDINGS:
            return None
        j = k - 1
        while j > 0 and k - 1 - j < 3:
            tok = self.tokens[j - 1]
            if j - 1 in self.entities or j - 1 in self.words or tok.suffix or not tok.is_word:
                break
            j -= 1
        owner = self.starts.get(j)
        if owner is None or self.kind_at(owner) != "agency":
            return None  # after a country, the words name a body of its own (unlisted_bodies)
        if self.tokens[j - 1].suffix.lstrip("-") not in BN_GENITIVE_ENDINGS:
            return None
        return j

    def before_acronym(self, k: int) -> int:
        """Where a body's name ends when "(acronym)" follows it right before token k."""
        if k >= 3 and self.tokens[k - 1].text == ")" and self.tokens[k - 3].text == "(":
            return k - 3
        return k

    def foreign_body_ends_at(self, k: int, iso: str) -> bool:
        """Whether a body of a country other than `iso` is named right before token k (its
        acronym in brackets may follow it: "কোরিয়া ... এজেন্সির (কোইকা) বাংলাদেশ")."""
        body = self.starts.get(self.before_acronym(k))
        if body is None or self.kind_at(body) != "agency":
            return False
        value: Agency = self.value_at(body)  # type: ignore[assignment]
        return value.country not in (iso, "*")

    def covered_countries(self, last: int) -> int | None:
        """Where "X ও Y" (X and Y, Y starting at `last`) begins when an international body
        precedes it (in the genitive or "on behalf of"): a Bengali post covering countries."""
        if self.lang != "bn" or last < 2 or self.tokens[last - 1].key != "ও":
            return None
        first = self.starts.get(last - 1)
        if first is None or self.kind_at(first) != "country":
            return None
        j = first
        if first > 1 and self.tokens[first - 1].text.startswith(BN_BODY_REFERENCES):
            j = first - 1  # "বিশ্বব্যাংকের পক্ষে সংস্থাটির বাংলাদেশ ও ভুটান ...": the same body
        j = j - 1 if self.words.get(j - 1) == "behalf" else j
        body = self.starts.get(j)
        if body is None or self.kind_at(body) != "agency":
            return None
        value: Agency = self.value_at(body)  # type: ignore[assignment]
        return first if value.country == "int" else None

    def capitalised_run(self, k: int) -> int:
        j = k
        while j < len(self.tokens) and self.is_name_word(j):
            j += 1
        return j

    def glued_hyphen(self, j: int) -> bool:
        """A hyphen inside a name: "Al-Marri", "Waker-Uz-Zaman", "আল-রশিদ"."""
        tokens = self.tokens
        if not (
            tokens[j].text == "-"
            and 0 < j < len(tokens) - 1
            and tokens[j - 1].end == tokens[j].start
            and tokens[j].end == tokens[j + 1].start
            and tokens[j - 1].is_word
        ):
            return False
        # "Kim Jin-oh", "Park Young-sik": a Korean given name goes on in lower case.
        lower_part = (
            self.lang == "en"
            and tokens[j + 1].text.isalpha()
            and self.starts.get(j) is None  # not "Foreign Secretary-level": a title ends here
        )
        return self.is_name_word(j + 1) or lower_part

    def is_name_word(self, j: int) -> bool:
        if j >= len(self.tokens):
            return False  # a rank ending the sentence has no name after it
        tok = self.tokens[j]
        if tok.text == "-":
            return self.glued_hyphen(j)
        if not tok.is_word or tok.text.isdigit() or j in self.non_names:
            return False
        kind = self.kind_at(j)
        if kind and kind != "official":
            return False
        if self.lang == "en":
            return tok.is_capitalised or tok.key in NAME_PARTICLES
        # A plural ending ("রোহিঙ্গাদের", "কর্মকর্তারা", "স্মারকগুলোতে") is never on a name.
        # "জেডিএস" (JDS) is an acronym spelt in Bengali letters.
        acronym = _spelt_acronym(tok.text, self.lex.initials)
        # "উপকূলীয়" (coastal), "কমানো" (reducing), "বাড়াতে" (to raise): no name words
        adjective = tok.text.endswith(BN_ADJECTIVE_ENDINGS) or tok.text.endswith(BN_VERBAL_ENDINGS)
        return j not in self.words and not _bn_plural(tok.text) and not acronym and not adjective

    def bn_name_word_or_initial(self, k: int) -> bool:
        """Word k carries on a name: a name word or a Latin initial spelt in Bengali."""
        return k < len(self.tokens) and (
            self.is_name_word(k) or self.tokens[k].text in self.lex.initials
        )

    def name_end(self, j: int) -> int:
        """Where a name starting at j ends (j when there is no name)."""
        limit = 5 if self.lang == "en" else 6
        if self.lang == "bn":
            # "এ কে এম সোহেল", "এম. জিয়াউল আলম": Latin initials spelt in Bengali, with or
            # without a stop, lead the name.
            letters = j
            while letters < len(self.tokens) and self.tokens[letters].text in self.lex.initials:
                letters += 1
                if letters < len(self.tokens) and self.tokens[letters].text == ".":
                    letters += 1
            if letters > j and self.is_name_word(letters):
                rest = self.name_end(letters)
                return rest if rest > letters else j
        if (
            self.lang == "bn"
            and j < len(self.tokens)
            and self.tokens[j].suffix
            # "লিও টিটো": a name's first word may end in what looks like the particle -ও
            and not (self.tokens[j].suffix == "ও" and self.bn_name_word_or_initial(j + 1))
            # "মোহাম্মদ হাসানকে": after an honorific a name may be one word with its ending
            and not (
                self.kind_at(self.starts.get(j, -1)) == "honorific"
                and self.is_name_word(j)
                and not self.bn_name_word_or_initial(j + 1)
            )
        ):
            return j  # a known word with a case ending ("সীমান্তে") does not begin a name
        k = j
        ranks = 0  # tokens of ranks inside the name do not count towards its length
        while k < len(self.tokens) and k - j - ranks < limit:
            if (
                self.lang == "en"
                and self.tokens[k].text == "."
                and k > j
                # "M. Hossain", "Ma. Theresa Lazaro": an initial or a short form in the name
                and (
                    len(self.tokens[k - 1].text) == 1 or self.tokens[k - 1].key in NAME_SHORT_FORMS
                )
            ):
                k += 1
                continue
            if k > j and self.tokens[k].text == "-" and self.glued_hyphen(k):
                ranks += 2  # a hyphen joins two parts of one name word ("Jin-oh")
                k += 2
                continue
            # "খন্দকার মো. মাহবুবুর রহমান", "Sheikh Muhammad Tauhidul Islam": a rank or a
            # religious name part inside the name.
            inner_rank = k > j and self.kind_at(k) == "honorific"
            if inner_rank and self.is_name_word(self.end_at(k)):
                ranks += self.end_at(k) - k
                k = self.end_at(k)  # "খন্দকার মো. মাহবুবুর রহমান": a rank inside the name
                continue
            # "দাওদা এ জালোকে": a Latin initial inside the name, before its last word (whose
            # case ending shows it ends the name: "এ" alone is mostly "this").
            initial = (
                self.lang == "bn"
                and k > j
                and self.tokens[k].text in self.lex.initials
                and self.tokens[k].key not in BN_CONJUNCTIONS  # "ও" is mostly "and"
                and self.is_name_word(k + 1)
                and bool(self.bn_name_ending(k + 1))
            )
            if initial:
                k += 1
                continue
            if (
                self.lang == "bn"
                and k > j
                and self.tokens[k].text in self.lex.initials
                and k + 2 < len(self.tokens)
                and self.tokens[k + 1].text == "."
                and self.is_name_word(k + 2)
            ):
                k += 2  # "লিও টিটো এল. আউসান": an initial with its stop inside the name
                continue
            if not self.is_name_word(k) and not self.genitive_in_name(j, k):
                break
            if (
                self.lang == "bn"
                and k - j >= 2
                and self.kind_at(k) == "official"
                and self.end_at(k) - k >= 2
                and self.bn_name_ending(self.end_at(k) - 1)
            ):
                # "পিটার হকিন্স খলিলুর রহমানের সঙ্গে": a listed official's name, with its own
                # case ending, begins (one ending the name unmarked may be its last words)
                break
            if self.lang == "en" and k > j and self.tokens[k].key in NAME_PARTICLES:
                ranks += 1  # "Khalid bin Khalifa Al Thani": particles lengthen no name
            if self.lang == "bn" and self.bn_name_ending(k):
                inner = self.genitive_in_name(j, k) and k + 1 < len(self.tokens)
                # "উলরিকে মেনার জানান": a first name that ends like -কে, then a surname the
                # sentence's known words close
                first_name = (
                    k == j
                    and self.bn_name_ending(k) == BN_OBJECT_ENDING
                    and self.is_name_word(k + 1)
                    and not self.bn_name_ending(k + 1)
                    and not self.is_name_word(k + 2)
                )
                if not (inner and self.is_name_word(k + 1)) and not first_name:
                    k += 1
                    break  # "কাদের ছিদ্দিকী": -দের inside a name is part of the word
            k += 1
        if self.lang == "en":
            while k > j and self.tokens[k - 1].key in NAME_PARTICLES:
                k -= 1
        elif k < len(self.tokens) and self.tokens[k].text.endswith(BN_VERBAL_ENDINGS):
            return j  # "উৎপাদন খরচ কমানো": the object of a verbal noun, no name
        return k

    def genitive_in_name(self, j: int, k: int) -> bool:
        """ "জিয়া উদ্দিন আহমেদের": after a name's first word, -দের is আহমেদ's genitive, no plural."""
        tok = self.tokens[k]
        return (
            self.lang == "bn"
            and k > j
            and tok.text.endswith(BN_PLURAL_ENDINGS[0])
            and k not in self.non_names
            and k not in self.words
            and not self.kind_at(k)
        )

    def bn_name_ending(self, k: int) -> str:
        """The case ending on a Bengali name word that closes the name ("হকের" -> "ের")."""
        text = self.tokens[k].text
        if is_name_part(text):
            return ""
        following = self.words.get(k + 1)
        if text.endswith(BN_VOWEL_GENITIVES) or (text.endswith("র") and text[:-1] in self.names):
            # "বচওয়ের": Botchwey's ("-way" names end in ওয়ে), not "বচও" + "য়ের"
            return "র"
        after = self.tokens[k + 1].key if k + 1 < len(self.tokens) else ""
        for ending in BN_NAME_ENDINGS:
            if ending == "কে" and after in BN_SUBJECT_PREDICATES:
                continue  # "মিনিস্টার রাজেশ উইকে উপস্থিত ছিলেন": no one present is marked -কে
            if text.endswith(ending) and len(text) > len(ending) + 1:
                return ending
        if len(text) > 2 and text.endswith(BN_ALSO) and _bn_consonant(text[-2]):
            return BN_ALSO  # "ইভো ফ্রাইসেনও উপস্থিত ছিলেন": "also" on the name, no letter of it
        after = self.tokens[k + 1].text if k + 1 < len(self.tokens) else ""
        if (
            (
                following in ("with", "to", "behalf", "for", "between")
                or after in BN_GENITIVE_POSTPOSITIONS
                or help_at(self.tokens, k + 1)  # "উপমন্ত্রী X-র সহযোগিতা চেয়েছেন": his help
            )
            and text.endswith("র")
            and len(text) > 2
        ):
            return "র"
        return ""

    def name_text(self, j: int, end: int) -> str:
        text = self.surface(j, end)
        ending = self.bn_name_ending(end - 1) if self.lang == "bn" and end > j else ""
        return text[: -len(ending)].rstrip("-") if ending else text

    def agency(self, i: int) -> Mention | None:
        value: Agency = self.value_at(i)  # type: ignore[assignment]
        end = self.end_at(i)
        start = i
        country = None if value.country in ("*", "int") else value.country
        system = value.country == "int" and end < len(self.tokens)
        if (
            system
            and i > 0
            and self.tokens[i - 1].key == "the"
            and (self.tokens[end].key in GENERIC_BODY_NOUNS)
        ):
            # "urged the UN agency": one of that system's bodies the article named
            self.used.update(range(i, end + 1))
            return Mention(
                kind="body_ref", start=i, end=end + 1, text=self.surface(i, end + 1), agency=value
            )
        if value.country == "*":
            prev_start = self.starts.get(i)
            if prev_start is None:
                prev_start = self.starts.get(self.bn_fields_before(i))  # the country before
            named_before = prev_start is not None and self.kind_at(prev_start) in (
                "country",
                "capital",
            )
            # "the Chinese embassy", "Embassy of the United States", "Japan's embassy"
            after = (
                end + 2
                if end + 1 < len(self.tokens) and self.tokens[end + 1].key == "the"
                else end + 1
            )
            lower = self.lang == "en" and not self.tokens[i].is_capitalised
            if named_before and lower and self.tokens[i - 1].suffix:
                return None  # "Bangladesh's police force": police of the country, no named body
            if named_before:
                country = str(self.value_at(prev_start))  # type: ignore[arg-type]
                start = prev_start  # type: ignore[assignment]
            elif (
                self.lang == "en"
                and after < len(self.tokens)
                and self.tokens[end].key in ("of", "to", "in")
                and (
                    self.kind_at(after) == "country"
                    # "the Ministry of Defence in Male": a body of the capital's country
                    or (self.tokens[end].key == "in" and self.kind_at(after) == "capital")
                )
            ):
                country = str(self.value_at(after))
                end = self.end_at(after)
            elif not value.name.startswith("Ministry "):
                # "the embassy", "the ministry": the body of that kind the article names
                # elsewhere, if any
                self.used.update(range(i, end))
                return Mention(
                    kind="body_ref", start=i, end=end, text=self.surface(i, end), agency=value
                )
        place = ""
        if (
            self.lang == "en"
            and value.name in PLACED_MISSIONS
            and end + 1 < len(self.tokens)
            and self.tokens[end].key == "in"
        ):
            if self.kind_at(end + 1) == "capital":
                place = self.surface(end + 1, self.end_at(end + 1))
            elif self.tokens[end + 1].is_capitalised and self.kind_at(end + 1) is None:
                place = self.surface(end + 1, end + 2)  # "in Geneva": a city no table lists
        holder = self.office_holder(start, end, value, country)
        if holder:
            return holder
        name_end = end
        end = self.skip_parenthesis(end)  # "(IOM)" after the name: an acronym, found on its own
        self.used.update(range(i, end))
        if start != i:
            self.used.update(range(start, i))
        return Mention(
            kind="agency",
            start=start,
            end=end,
            text=self.surface(start, name_end, bare=True),
            agency=value,
            country=country,
            place=place,
        )

    def office_holder(
        self, start: int, end: int, body: Agency, country: str | None
    ) -> Mention | None:
        """A body named after its head's title, with a name after it, is that person
        ("Refugee Relief and Repatriation Commissioner Md Kamal Hossain")."""
        if self.tokens[end - 1].key not in self.lex.title_words or self.tokens[end - 1].suffix:
            return None
        named = self.skip_parenthesis(end)  # "... Commissioner (RRRC) X"
        j = self.skip_honorifics(named)
        if j < len(self.tokens) and self.kind_at(j) == "official":
            return self.curated_person(start, j, Title(body.name, body.name.split()[-1].lower()))
        name_end = self.name_end(j)
        # one word is a name after an honorific ("কমিশনার মোহাম্মদ শামসুদ্দৌজা")
        shortest = 1 if j > named else 2
        if name_end - j < shortest or any(k in self.used for k in range(j, name_end)):
            return None
        self.used.update(range(start, name_end))
        return Mention(
            kind="person",
            start=start,
            end=name_end,
            text=self.surface(start, name_end),
            name=self.name_text(j, name_end),
            full=self.name_text(self.first_honorific(j), name_end),
            title=Title(body.name, body.name.split()[-1].lower()),
            country=country,
            agency=body,
        )

    def government_of_a_country(self, m: Mention) -> bool:
        """ "the government of Myanmar" names Myanmar: the country mention after it stands."""
        return (
            m.kind == "government"
            and m.end + 1 < len(self.tokens)
            and self.tokens[m.end].key == "of"
            and self.kind_at(m.end + 1) == "country"
        )

    def appositions(self, found: list[Mention]) -> list[Mention]:
        """A name and the title set after it are one person: "Imran Haider, the envoy"."""
        out: list[Mention] = []
        skip: set[int] = set()
        for n, m in enumerate(found):
            if n in skip:
                continue
            following = next(
                (k for k in range(n + 1, len(found)) if found[k].kind == "title_ref"), None
            )
            untitled = m.kind == "name" or (m.kind == "person" and m.title is None)
            if untitled and following is not None:
                title = found[following]
                between = [t.key for t in self.tokens[m.end : title.start]]
                # "X, the chief adviser's high representative": a possessor, not X's title
                owner = self.tokens[title.end - 1].suffix == "'s"
                # "In the meeting with Sugiono, the adviser also urged ...": a new subject
                subject = self.verb_at(title.end)
                if between in ([","], [",", "the"]) and not owner and not subject:
                    m.full = m.full or m.name
                    m.kind, m.title, m.end = "person", title.title, title.end
                    m.country = m.country or title.country
                    m.host, m.agency = title.host, title.agency
                    skip.add(following)
                    body = self.body_after_title(m, found)
                    if body is not None:
                        # "X, Director General for Trade of the European Commission,": the
                        # title's body is X's, no party of its own
                        m.agency, m.end = body.agency, self.skip_parenthesis(body.end)
                        if body.agency and body.agency.country not in ("*", "int"):
                            m.country = m.country or body.agency.country
            out.append(m)
        return out

    def body_after_title(self, m: Mention, found: list[Mention]) -> Mention | None:
        """The body named right after a person's title, by "of (the)"."""
        k = m.end
        if self.lang != "en":
            return None
        if k + 1 < len(self.tokens) and self.tokens[k].key in ("for", "of"):
            field = k + 1  # "Director General for Trade of the ...": the title's portfolio
            while field < len(self.tokens) and self.tokens[field].key in self.lex.field_words:
                field += 1
            if field > k + 1 and field < len(self.tokens) and not self.tokens[field].is_capitalised:
                k = field
        if k + 1 >= len(self.tokens) or self.tokens[k].key != "of":
            return None
        k = self.past_the(k + 1)
        return next((b for b in found if b.kind == "agency" and b.start == k), None)

    def bn_names_before_titles(self, found: list[Mention]) -> list[Mention]:
        """ "সাক্ষাৎ করতে আসেন রেতো রেংগলি, বাংলাদেশে নিযুক্ত সুইজারল্যান্ডের রাষ্ট্রদূত": a
        name set before its title by a comma is the title's holder (words of it the article
        taught as names are read into it)."""
        taken: set[int] = set()
        for m in found:
            comma = m.start - 1
            if m.kind == "title_ref" and m.title and m.title.head in NAMED_ONLY_TITLES:
                comma = self.comma_before(m.start)  # "X, দেশটির জলসম্পদ কমিশনের সদস্য"
            if m.kind != "title_ref" or comma < 2 or self.tokens[comma].text != ",":
                continue
            taught = {i for n in found if n.kind == "name" for i in range(n.start, n.end)}
            k = comma
            while (
                k > 0
                and comma - k < 4
                and (k - 1 not in self.used or k - 1 in taught)
                and (self.is_name_word(k - 1) or k - 1 in taught)
            ):
                k -= 1
            if comma - k < 2 or any(self.tokens[i].suffix for i in range(k, comma)):
                continue  # one word, or a case-marked word ("সচিবকে,"): no name
            name = self.name_text(k, comma)
            m.kind, m.name, m.full = "person", name, name
            m.text, m.start = self.surface(k, m.end), k
            self.used.update(range(k, comma))
            taken.update(range(k, comma))
        # A title that names only with a name ("সদস্য") and found none stays no one.
        provisional = [
            n for n in found
            if n.kind == "title_ref" and n.title and n.title.head in NAMED_ONLY_TITLES
        ]  # fmt: skip
        return [
            n for n in found
            if not (n.kind == "name" and n.start in taken) and n not in provisional
        ]  # fmt: skip

    def region_after(self, j: int) -> int:
        """Past "for <region>" after a title ("Regional Director for South Asia"), else j."""
        if j >= len(self.tokens) or self.tokens[j].key != "for":
            return j
        keys = [t.key for t in self.tokens[j + 1 : j + 9]]
        for region in REGIONS:
            if tuple(keys[: len(region)]) == region:
                return j + 1 + len(region)
        return j

    def comma_before(self, start: int) -> int:
        """Where a comma stands before the words naming a title's body ("X, দেশটির জলসম্পদ
        কমিশনের সদস্য"), or the token before them when there is none."""
        before = start - 1
        while (
            before > 0
            and start - before <= TITLE_BODY_REACH
            and self.tokens[before].is_word
            and before not in self.cue_tokens
        ):
            before -= 1
        return max(before, 0)

    def known_name_words(self) -> list[Mention]:
        """Bengali words that are part of a name seen elsewhere in the article."""
        found: list[Mention] = []
        if not self.names:
            return found
        for j, tok in enumerate(self.tokens):
            if j in self.used or j in self.words:
                continue
            ending = self.bn_name_ending(j)
            word = tok.text[: -len(ending)].rstrip("-") if ending else tok.text
            if word in self.names:
                found.append(Mention(kind="name", start=j, end=j + 1, text=word, name=word))
        return found

    def capitals_end(self, k: int) -> int:
        """Where the run of capitalised words from k ends (k when there is none)."""
        while k < len(self.tokens) and self.tokens[k].is_capitalised:
            k += 1
        return k

    def more_field_words(self, k: int) -> int:
        """Past the field words at k that still leave a name of two words after them ("for
        Trade and Economic Security Maros Sefcovic")."""
        while (
            k < len(self.tokens)
            and self.tokens[k].key in self.lex.field_words
            and self.capitalised_run(k + 1) - (k + 1) >= 2
        ):
            k += 1
        return k

    def ministries_of_fields(self) -> None:
        """ "Ministry of Higher Education, Scientific Research and Innovation": a ministry no
        table lists is named with its fields (a bare "Ministry" says nothing of which)."""
        tokens = self.tokens
        for i, (m, e) in list(self.entities.items()):
            if e.kind != "agency" or e.value.name != "Ministry" or e.value.country != "*":
                continue
            end = m.end
            if end + 1 >= len(tokens) or tokens[end].key != "of" or end + 1 in self.entities:
                continue
            # field words only, so that a name after them stays a name ("... and Innovation
            # Mohamed Bentaleb"); after "and", one word and the field words after it
            first = self.field_words_end(end + 1)
            if first == end + 1 or any(k in self.entities for k in range(end + 1, first)):
                continue
            listed = self.listed_fields(first)
            if (
                listed + 1 < len(tokens)
                and tokens[listed].key in ("and", "&")
                and tokens[listed + 1].is_capitalised
            ):
                listed = self.field_words_end(listed + 2)
            if any(k in self.entities for k in range(end + 1, listed)):
                continue
            name = f"Ministry of {self.surface(end + 1, listed)}"
            agency = Agency(name.removesuffix("'s"), "*", e.value.named)
            self.entities[i] = (Match(i, listed, m.phrase), Entry("agency", agency, e.phrase))
        self.starts = {m.end: start for start, (m, _) in self.entities.items()}

    def field_words_end(self, k: int) -> int:
        """Where the run of capitalised field words from k ends ("Ocean Affairs")."""
        while (
            k < len(self.tokens)
            and self.tokens[k].is_capitalised
            and self.tokens[k].key.rstrip("'") in self.lex.field_words
        ):
            k += 1
        return k

    def listed_fields(self, k: int) -> int:
        """Past ", Scientific Research" and the like after a field ending at k ("of Higher
        Education, Scientific Research and Innovation X"): where the list's "and" stands."""
        while k + 1 < len(self.tokens) and self.tokens[k].text == ",":
            end = self.capitals_end(k + 1)
            if not k + 1 < end <= k + 1 + FIELD_WORDS:
                break
            k = end
        return k

    def rank_references(self, found: list[Mention]) -> list[Mention]:
        """ "The visiting general also called on X", "the Turkish general assured ...", "থাই
        অ্যাডমিরাল ...": the person named with that military rank (a visitor, when "visiting"
        says so; of the country, when a demonym does), found by the resolver."""
        refs: list[Mention] = []
        if RANK_WORDS.isdisjoint(self.keys):
            return refs  # most sentences: no rank word
        for i in [i for i, key in enumerate(self.keys) if key in RANK_WORDS]:
            tok = self.tokens[i]
            english = self.lang == "en"
            if i in self.used or (english and (tok.is_capitalised or not self.verb_at(i + 1))):
                continue
            demonym = self.country_ending_at(found, i)
            start = demonym.start - 1 if demonym is not None else i - 1
            visiting = start >= 0 and self.keys[start] in VISITING_WORDS
            start -= visiting
            if english and (start < 0 or self.keys[start] != "the"):
                continue
            if not english:
                if demonym is None and not visiting:
                    continue  # a bare rank word in Bengali names no one back
                start += 1  # no article
            if demonym is not None:
                demonym.inside = True
            self.used.update(range(start, i + 1))
            refs.append(
                Mention(
                    kind="title_ref",
                    start=start,
                    end=i + 1,
                    text=self.surface(start, i + 1),
                    title=Title(tok.key.capitalize(), RANK_HEAD),
                    country=demonym.country if demonym is not None else None,
                    visiting=visiting,
                )
            )
        return refs

    @staticmethod
    def country_ending_at(found: list[Mention], i: int) -> Mention | None:
        """The demonym or country name right before word i ("the Turkish general")."""
        for m in found:
            if m.kind == "country" and m.end == i and not m.capital:
                return m
        return None

    def plural_titles(self) -> list[Mention]:
        """ "the two foreign secretaries", "both ministers": the two sides' people, as a group."""
        found: list[Mention] = []
        if PAIR_WORDS.isdisjoint(self.keys):
            return found  # most sentences: no word to look at
        for i in [i for i, key in enumerate(self.keys) if key in PAIR_WORDS]:
            if i in self.used or i in self.words:
                continue
            opens = i < 2 or self.keys[i - 2] in CLAUSE_OPENERS
            if (
                self.verb_at(i + 1)
                and self.keys[i] == "two"
                and self.keys[i - 1] == "the"
                and opens  # not "the contract the two signed in 2017"
            ):
                # "X called on the adviser, and the two agreed to ...": the pair just named.
                self.used.update(range(i - 1, i + 1))
                pair = self.surface(i - 1, i + 1)
                found.append(Mention(kind="group", start=i - 1, end=i + 1, text=pair))
                continue
            for k in range(i + 1, min(i + 1 + PAIR_REACH, len(self.tokens))):
                word = self.tokens[k].key
                single = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
                if word != single and single in self.lex.title_words:
                    self.used.update(range(i, k + 1))
                    found.append(
                        Mention(kind="group", start=i, end=k + 1, text=self.surface(i, k + 1))
                    )
                    break
        return found

    def unlisted_bodies(self) -> list[Mention]:
        """ "Rupantarita Prakritik Gas Company Limited", "Export-Import Bank of Korea":
        capitalised words ending in an organisation's last word name a body no table lists."""
        found = []
        for start, end in self.title_bodies.items():
            # The body a title names ("Director of the Hajj Office X") is the holder's.
            if self.owning_country_at(start):
                continue  # "secretary of India's Department of ...": read as a body below
            text = self.surface(start, end, bare=True)
            body = Mention(kind="agency", start=start, end=end, text=text, inside=True)
            body.agency = Agency(text, "*", text)
            found.append(body)
        tokens = self.tokens
        for i, tok in enumerate(tokens):
            if tok.text not in self.lex.org_heads or i in self.used:
                continue
            start = i
            while (
                start > 0
                and (start - 1 not in self.used or self.bare_country_at(start - 1))
                and tokens[start - 1].is_capitalised
                and self.kind_at(start - 1) not in ("title", "honorific", "official")
                and tokens[start - 1].key not in ("the", "a", "an")
            ):
                start -= 1
            owner = None
            if start < i and self.owning_country_at(start):
                # "India's Department of Water Resources": the country owns the body
                owner, start = str(self.value_at(start)), self.end_at(start)
            end = i + 1
            if end < len(tokens) and tokens[end].text == "General":
                end += 1  # "Directorate General of Food"
            while end < len(tokens) and tokens[end].text in ("Limited", "Ltd", "PLC"):
                end += 1
            country = None
            named: set[int] = set()
            if (
                end + 1 < len(tokens)
                and tokens[end].key == "of"
                and self.kind_at(end + 1) == "country"
            ):
                country = str(self.value_at(end + 1))
                # "Tourism Authority of Thailand": the country closes the body's name
                named.update(range(end + 1, self.end_at(end + 1)))
                end = self.end_at(end + 1)
            elif end + 1 < len(tokens) and tokens[end].key in ("of", "for"):
                # "Central Agency for Public Mobilization and Statistics"
                k = end + 1
                while (
                    k < len(tokens)
                    and k not in self.used
                    and (
                        (tokens[k].is_capitalised and self.kind_at(k) in (None, "agency"))
                        or (
                            # "of Water Resources, River Development and Ganga Rejuvenation"
                            tokens[k].key in ("and", "&", ",")
                            and k + 1 < len(tokens)
                            and tokens[k + 1].is_capitalised
                            and self.kind_at(k + 1) in (None, "agency")
                        )
                    )
                ):
                    k += 1
                if k > end + 1:
                    end = k
            countries = [c for c in range(start, i) if self.bare_country_at(c)]
            named.update(k for c in countries for k in range(c, self.end_at(c)))
            if end - start < 2 or any(k in self.used - named for k in range(start, end)):
                continue
            own_words = " ".join(
                t.key for n, t in enumerate(tokens[start:end], start) if n not in named
            ).strip(" -")
            if own_words in FORUM_NAMES:
                continue  # "the EU-Bangladesh Joint Commission": the sides' meeting, no body
            country = country or owner
            for k in range(start, end):
                if self.kind_at(k) == "country" and country is None:
                    country = str(self.value_at(k))
            if country is None and tokens[start].key in INTERNATIONAL_WORDS:
                country = "int"  # "International Islamic Trade Finance Corporation": of no country
            text = self.surface(start, end, bare=True)
            end = self.skip_parenthesis(end)  # "(RPGCL)": its acronym
            self.used.update(range(start, end))
            found.append(
                Mention(
                    kind="agency",
                    start=start,
                    end=end,
                    text=text,
                    agency=Agency(text, country or "*", text),
                    country=None if country == "int" else country,
                )
            )
        return found

    def generic_bodies(self) -> list[Mention]:
        """ "the agency", "the organisation": a body the article named (relations decide
        which), not a party of its own."""
        found = []
        for k, tok in enumerate(self.tokens):
            if k == 0 or tok.key not in GENERIC_BODY_NOUNS or tok.is_capitalised or k in self.used:
                continue
            start, country = k, "*"
            placed = self.starts.get(k)
            if placed is not None and self.kind_at(placed) == "country":
                # "the Japanese agency": the body of that country named last
                start, country = placed, str(self.value_at(placed))
            if start > 0 and self.tokens[start - 1].key == "the":
                self.used.update(range(start, k + 1))
                body = Agency(tok.key.capitalize(), country, "")
                found.append(
                    Mention("body_ref", start, k + 1, self.surface(start, k + 1), agency=body)
                )
        return found

    def portfolio_before(self, k: int) -> int | None:
        """Where an English portfolio of field words ending at k begins, when a country or a
        body is named right before it ("Nepal's Energy, Water Resources and Irrigation")."""
        if self.lang != "en":
            return None
        j, fields = k, 0
        while j > 0 and self.kind_at(self.starts.get(j, -1)) not in ("country", "agency"):
            tok = self.tokens[j - 1]
            if tok.is_capitalised and tok.key in self.lex.field_words:
                fields += 1
            elif tok.key not in (",", "and", "&") or fields == 0:
                break
            j -= 1
        while j < k and self.tokens[j].key in (",", "and", "&"):
            j += 1
        named = self.kind_at(self.starts.get(j, -1)) in ("country", "agency")
        # "told Environment, Forest and Climate Change Adviser X": a list of fields is one
        listed = any(t.text == "," for t in self.tokens[j:k]) and any(
            t.key in ("and", "&") for t in self.tokens[j:k]
        )
        return j if fields >= 2 and (named or listed) else None

    def verb_at(self, k: int) -> bool:
        """A cue verb starts at k, maybe after an adverb ("the two also agreed")."""
        if k < len(self.tokens) and self.keys[k] in PAIR_ADVERBS:
            k += 1
        return k in self.cue_tokens

    def body_before(self, k: int) -> Agency | None:
        """The body named last before token k, in this sentence."""
        bodies = [b for b in sorted(self.entities) if b < k and self.kind_at(b) == "agency"]
        return self.value_at(bodies[-1]) if bodies else None  # type: ignore[return-value]

    def title_qualifiers(self, k: int) -> int | None:
        """Where capitalised words no table knows, right before an English title, begin when
        they qualify it: after a body or a country, after "its"/"the", or opening the
        sentence ("its Division Director", "ADB Principal Country Specialist"). A name
        never stands right before its title without a comma."""
        if self.lang != "en":
            return None
        j = k
        while (
            j > 0
            and k - j < QUALIFIER_WORDS
            and self.tokens[j - 1].is_capitalised
            and self.tokens[j - 1].is_word
            and j - 1 not in self.entities
            and j - 1 not in self.words
            and j - 1 not in self.cue_tokens
            # "Water Resources Secretary": a portfolio a topic names stays that topic's
            and j - 1 not in self.topic_tokens
            and (j - 1 not in self.non_names or self.tokens[j - 1].key in self.lex.field_words)
        ):
            j -= 1
        if j == k:
            return None
        before = self.tokens[j - 1] if j > 0 else None
        opens = before is None or before.key in QUALIFIER_LEADS
        owner = j
        if before is not None and before.text == ")":
            # "Netherlands Enterprise Agency (RVO) Asia Director": past the body's acronym
            owner = next(
                (b for b in range(j - 2, max(j - 6, 0), -1) if self.tokens[b].text == "("), j
            )
        named = self.kind_at(self.starts.get(owner, -1)) in ("country", "capital", "agency")
        return j if opens or named else None

    def unlisted_head(self, k: int, honorifics: bool = False) -> int | None:
        """Where a run of capitalised words from k ends in an organisation's last word
        ("Export Promotion Agency"), when a name follows it (after honorifics, if asked:
        "Gas Company Limited Md Kamrul Islam")."""
        tokens = self.tokens
        if k >= len(tokens):
            return None  # the title's "of" ends the sentence
        of = [t.key for t in tokens[k + 1 : k + 2]] == ["of"]
        if tokens[k].key in FIELD_BODY_HEADS and of:
            # "Department of Energy Karma Penjor": the body's field words, then the name
            h = k + 2
            while h < len(tokens) and (
                (tokens[h].is_capitalised and tokens[h].key in self.lex.field_words)
                or (tokens[h].key in ("and", "&") and h > k + 2)
            ):
                h += 1
            while tokens[h - 1].key in ("and", "&"):
                h -= 1  # "... of Energy and Dasho X": the name follows the fields
            name = self.skip_honorifics(h) if honorifics else h
            if h > k + 2 and self.capitalised_run(name) - name >= 2:
                return h - 1
        h = k
        while h < len(self.tokens) and self.tokens[h].is_capitalised and self.kind_at(h) is None:
            if self.tokens[h].text in self.lex.org_heads and h > k:
                name = self.skip_honorifics(h + 1) if honorifics else h + 1
                if self.tokens[h + 1 : h + 2] and self.tokens[h + 1].text in self.lex.org_heads:
                    h += 1
                    continue  # "Company Limited": the name ends at the last of them
                return h if self.capitalised_run(name) - name >= 2 else None
            h += 1
        return None

    def owning_country_at(self, k: int) -> bool:
        """A country's name in the genitive starts at k ("India's Department of ...")."""
        return self.kind_at(k) == "country" and bool(self.tokens[self.end_at(k) - 1].suffix)

    def bare_country_at(self, k: int) -> bool:
        """A country's name starts at k, not in the genitive: "Bangladesh Fisheries Research
        Institute" holds it, "Bangladesh's fisheries institute" does not."""
        return self.kind_at(k) == "country" and not self.tokens[self.end_at(k) - 1].suffix

    def bengali_unlisted_bodies(self, found: list[Mention]) -> list[Mention]:
        """ "ভারতের কেন্দ্রীয় পানি কমিশন (সিডব্লিউসি)": plain words ending in an organisation's
        last word (bn/org_heads.txt) name a body no table lists. Its country is one named in
        it, or the country or placed body named right before it in the genitive."""
        bodies = []
        tokens = self.tokens
        for i, tok in enumerate(tokens):
            if tok.key not in self.lex.org_heads or i in self.used:
                continue
            if i + 1 < len(tokens) and tokens[i + 1].key in self.lex.org_heads:
                continue  # "ঔষধ প্রশাসন অধিদপ্তর": the name ends at the last of them
            start = i
            while start > 0 and i - start < BN_BODY_WORDS:
                if start > 1 and self.glued_hyphen(start - 1) and self.in_body_name(start - 2):
                    start -= 2  # "ট্রেড-ইনভেস্টমেন্ট": one word
                elif self.in_body_name(start - 1):
                    start -= 1
                else:
                    break
            if tokens[start].key == "ও" or tokens[start].key in BN_CONJUNCTIONS:
                start += 1  # "কৃষি গবেষণা ও উন্নয়ন সংস্থা", never "ও উন্নয়ন সংস্থা" or "এবং ..."
            head = i
            i = self.bengali_of_phrase_end(i)  # "সুপ্রিম কাউন্সিল অব জুডিশিয়াল পাওয়ারের"
            tok = tokens[i]  # the name's last word, which carries its case ending
            end = self.skip_parenthesis(i + 1)  # "(সিডব্লিউসি)": its acronym
            # Its own acronym, learned from the article, names this body, not a listed one.
            own = to_latin(self.surface(start, i + 1, bare=True))
            listed = any(
                self.kind_at(k) == "agency" and self.value_at(k).name != own  # type: ignore[attr-defined]
                for k in range(i + 1, end + 1)
            )
            if start == head or listed:
                continue  # one word says too little; "উন্নয়ন সংস্থা জিআইজেড" names a listed one
            countries = [self.value_at(k) for k in range(start, i) if self.kind_at(k) == "country"]
            if len(set(countries)) > 1:
                continue  # "বাংলাদেশ-উজবেকিস্তান আন্তঃসরকার কমিশন": a joint body, of neither side
            if (
                tokens[head].key in BN_GENERIC_BODY_HEADS
                and countries
                and all(self.kind_at(k) == "country" for k in range(start, i))
            ):
                continue  # "সুইস কর্তৃপক্ষের সঙ্গে": the Swiss authorities are Switzerland
            genitive = start > 0 and tokens[start - 1].suffix.lstrip("-") in BN_GENITIVE_ENDINGS
            before = [
                m for m in found
                if genitive and m.end == start and m.kind in ("country", "agency") and m.country
            ]  # fmt: skip
            country = next(iter(countries), None) or next((m.country for m in before), None)
            if country is None and start > 0 and tokens[start - 1].text.startswith("দেশটি"):
                # "ভুটানের পক্ষে দেশটির জ্বালানি ও প্রাকৃতিক সম্পদ মন্ত্রণালয়": that country's
                named = [
                    m.country
                    for m in found
                    if m.kind == "country" and m.end < start
                    and tokens[m.end - 1].suffix.lstrip("-") in BN_GENITIVE_ENDINGS
                    and not any(o.kind == "person" and o.start <= m.start < o.end for o in found)
                ]  # fmt: skip
                country = named[-1] if named else None
            # "উন্নয়ন সংস্থা" (a development agency) may be any: a body no table lists is
            # named so only when placed, abbreviated or a ministry or directorate.
            if not (country or end > i + 1 or tokens[head].key in BN_GOVERNMENT_HEADS):
                continue
            name = self.surface(start, i + 1, bare=True)
            self.used.update(range(start, end))
            body = Mention(
                kind="agency",
                start=start,
                end=end,
                text=name,
                # "তুরস্কের মহাকাশ সংস্থা": called with its country too.
                full=self.surface(before[0].start, i + 1, bare=True) if before else "",
                # Its English name is the Bengali one in Latin letters; the text stays an alias.
                agency=Agency(to_latin(name), str(country or "*")),
                country=str(country) if country else None,
            )
            bodies.append(body)
            # "... সংস্থার প্রধান X": the head of a placed body is of its country.
            for m in found:
                # "... মন্ত্রণালয়ের দ্বিতীয় উপমন্ত্রী X": a plain word may rank the title.
                ranked = m.start == end + 1 and not tokens[end].suffix and end not in self.words
                if m.kind == "person" and (m.start == end or ranked) and tok.suffix:
                    m.country = m.country or body.country
                    if tok.suffix.lstrip("-") in BN_GENITIVE_ENDINGS:
                        m.agency = m.agency or body.agency  # "... মন্ত্রণালয়ের সচিব X": X's
        return bodies

    def bengali_of_phrase_end(self, i: int) -> int:
        """The last word of a body's name written in English words after its head word at i
        ("কাউন্সিল অব জুডিশিয়াল পাওয়ারের": up to the word with the case ending), or i."""
        tokens = self.tokens
        if tokens[i].suffix or i + 2 >= len(tokens) or tokens[i + 1].key not in BN_OF_WORDS:
            return i
        for k in range(i + 2, min(i + 6, len(tokens))):
            if k in self.used or k in self.entities or not tokens[k].is_word:
                return k - 1 if k > i + 2 else i
            if tokens[k].suffix:
                return k
            ending = self.bn_name_ending(k)
            if ending:  # "রেজিলিয়েন্সের": an English word no table knows, in the genitive
                word = tokens[k].text[: -len(ending)].rstrip("-")
                tokens[k] = tokens[k]._replace(key=word, suffix=ending)
                return k
        return i

    def in_body_name(self, k: int) -> bool:
        """Whether the word at k can be part of a Bengali body's name read backwards from its
        last word: a plain word (no case ending) no mention has taken, or a country's name."""
        tok = self.tokens[k]
        return (
            tok.is_word
            and not tok.suffix
            and not tok.text.endswith("ে")  # a locative no table strips: "তাশখন্দে"
            and not tok.text.isdigit()
            and tok.key not in self.lex.body_stops
            and k not in self.words
            and k not in self.cue_tokens
            and (self.kind_at(k) == "country" or (k not in self.used and self.kind_at(k) is None))
        )

    def led_delegation_country(self, k: int | None) -> str | None:
        """The country of "a Royal Australian Navy delegation led by" right before token k."""
        start = self.led_group_start(k)
        if start is None:
            return None
        value = self.value_at(start)
        iso = value if isinstance(value, str) else getattr(value, "country", None)
        before = self.starts.get(start)
        if iso == "*" and before is not None and self.kind_at(before) == "country":
            iso = str(self.value_at(before))  # "an Italian Navy delegation": the demonym's
        return iso if iso not in (None, "*", "int") else None

    def led_group_start(self, k: int | None) -> int | None:
        """Where the country or body begins whose group ("a four-member IMF mission led by")
        is led by the one named at token k; None when no such group is named."""
        if k is not None and self.kind_at(self.starts.get(k, -1)) == "honorific":
            k = self.starts[k]  # "led by Ms Elly Lawson"
        if k is None or k < 3 or self.tokens[k - 1].key != "by":
            return None
        if self.tokens[k - 2].key not in LEADING_WORDS:
            return None
        j = k - 3
        if self.tokens[j].key in PASSIVE_AUXILIARIES:
            j -= 1  # "The Indian side was led by X"
        while j >= 0 and not self.tokens[j].is_capitalised and k - 3 - j < 3:
            j -= 1  # "a four-member ... delegation": the words naming the group
        start = self.starts.get(j + 1)
        if start is None or self.kind_at(start) not in ("country", "agency"):
            return None
        return start

    def bn_led_delegation_country(self, k: int) -> str | None:
        """ "X-এর নেতৃত্বে সফররত বাংলাদেশের একটি প্রতিনিধিদল": the country of the delegation
        X leads, named in the genitive before the mission word."""
        if k >= len(self.tokens) or self.tokens[k].text not in BN_LED_BY:
            return None
        for n in range(k + 1, min(len(self.tokens), k + 6)):
            if self.tokens[n].text.startswith(BN_MISSIONS):
                countries = [
                    c for c in range(k + 1, n)
                    if self.kind_at(c) == "country" and self.tokens[self.end_at(c) - 1].suffix
                ]  # fmt: skip
                return str(self.value_at(countries[-1])) if countries else None
        return None

    def bn_side_led(self, k: int) -> str | None:
        """ "বাংলাদেশ প্রতিনিধিদলের নেতৃত্ব দেন X", "ভারতীয় প্রতিনিধিদলের নেতৃত্বে ছিলেন X":
        the country of the delegation X is told leading, named right before it."""
        lead = next(
            (
                n
                for n in range(k - 1, max(-1, k - 4), -1)
                if self.tokens[n].text.startswith(BN_LEADING)
            ),
            None,
        )
        if lead is None or lead < 2 or not self.tokens[lead - 1].text.startswith(BN_MISSIONS):
            return None
        country = self.starts.get(lead - 1)
        if country is None or self.kind_at(country) != "country":
            return None
        return str(self.value_at(country))

    def capitalised_names(self) -> list[Mention]:
        """Runs of capitalised words no table knows: possibly a person met before by name."""
        found = []
        after = 0  # the first token not yet taken into a name
        # Words inside a longer honorific ("Admiral" of "Rear Admiral") begin no name.
        ranks = {
            k
            for start, (match, entry) in self.entities.items()
            if entry.kind == "honorific"
            for k in range(start + 1, match.end)
        }
        # The case test first: most words are lower-case and need no other look.
        for j in [i for i, tok in enumerate(self.tokens) if tok.text[0].isupper()]:
            if j < after or j in self.used or j in ranks or not self.is_name_word(j):
                continue
            end = self.name_end(j)
            if end > j and not any(k in self.used for k in range(j, end)):
                rank = self.starts.get(j)
                named_at = j
                if rank is not None and self.kind_at(rank) == "honorific":
                    # "Brig Gen Md Shafiqul Islam": the rank before the name's own honorific
                    before = self.starts.get(rank)
                    if before is not None and self.kind_at(before) == "honorific":
                        named_at, rank = rank, before
                ranked = (
                    rank is not None
                    and self.kind_at(rank) == "honorific"
                    and self.tokens[named_at - 1].key in RANK_WORDS
                    # "the research vessel Dr Fridtjof Nansen": a ship named after a person
                    and not (rank > 0 and self.tokens[rank - 1].key in CRAFT_NOUNS)
                )
                # "led by Commodore Mark Pearson": a military rank says a person is named
                name = Mention(
                    kind="person" if ranked else "name",
                    start=rank if ranked and rank is not None else j,
                    end=end,
                    text=self.surface(j, end),
                    name=self.surface(j, end),
                    full=self.surface(rank, end) if ranked and rank is not None else "",
                    country=self.led_delegation_country(rank) if ranked else None,
                )
                group = None if ranked or end - j < 2 else self.led_group_start(j)
                if group is not None:
                    # "an IMF mission led by Chris Papageorgiou": one who leads a group is a
                    # person, of its country or its body
                    body = self.value_at(group)
                    name.kind, name.country = "person", self.led_delegation_country(j)
                    name.agency = body if isinstance(body, Agency) else None
                found.append(name)
            after = max(end, j + 1)
        return found

    # -- roles ----------------------------------------------------------------------------
    def mark_roles(self, m: Mention) -> None:
        last = self.tokens[m.end - 1]
        opening = m.end - 1
        while last.text == ")" and opening > m.start and self.tokens[opening].text != "(":
            opening -= 1
        if self.lang == "bn" and last.text == ")" and opening > m.start:
            last = self.tokens[opening - 1]  # "কর্তৃপক্ষের (বেবিচক)": the name's own ending
        if self.lang == "en":
            # "the ambassador expressed his country's readiness": "his" owns, it acts not
            m.possessive = last.suffix == "'s" or (
                m.kind == "pronoun" and last.key in OWNING_PRONOUNS
            )
            k = m.start - 1
            while k >= 0 and self.tokens[k].key == "the":
                k -= 1
            if k >= 0 and self.words.get(k) in (
                "with",
                "from",
                "to",
                "for",
                "between",
                "by",
                "behalf",
            ):
                m.marker = self.words[k]
            if m.marker == "from" and k > 0 and self.tokens[k - 1].key in SENT_PARTIES:
                m.marker = ""  # "a team from the NCA met ...": the NCA's team
            if k > 0 and self.tokens[k].key == "to" and self.tokens[k - 1].key == "according":
                m.marker = "according"  # "according to the ministry": where the news is from
            reporting = m.kind in ("agency", "body_ref") and self.words.get(m.end) == "speech"
            if reporting and k >= 0 and self.tokens[k].text == ",":
                m.marker = "according"  # "..., the foreign ministry said in a press release"
            issued = k > 0 and self.tokens[k].key == "of" and self.tokens[k - 1].key in REPORT_NOUNS
            # "according to a foreign ministry statement"
            issued = issued or (m.end < len(self.tokens) and self.tokens[m.end].key in REPORT_NOUNS)
            if m.kind in ("agency", "body_ref") and issued:
                m.marker = "according"  # "a statement of the Bangladesh mission in Geneva said"
            if (
                m.kind == "country"
                and m.end < len(self.tokens)
                and self.words.get(m.end) == "people"
            ):
                m.describes_people = True
            return
        if m.kind == "pronoun" and m.text.endswith("র"):
            suffix = "র"  # তার, তাঁর: his, her
        elif m.kind == "person" and not m.official:
            suffix = self.bn_name_ending(m.end - 1)  # "হায়দার" ends in র but is no genitive
        else:
            suffix = last.suffix
        k = m.end
        if k < len(self.tokens) and self.tokens[k].text in ("এর", "-এর"):
            suffix, k = "এর", k + 1
        elif (
            m.kind == "country"
            and k < len(self.tokens)
            and self.tokens[k].key in BN_GENERIC_BODY_HEADS
        ):
            suffix, k = self.tokens[k].suffix, k + 1  # "সুইস কর্তৃপক্ষের সঙ্গে": the country's
        following = self.words.get(k)
        source = self.skip_parenthesis(k)  # "ব্যুরোর (বিএমইটি) তথ্য অনুযায়ী"
        while source < len(self.tokens) and self.tokens[source].key in BN_SOURCE_NOUNS:
            source += 1
        if source < len(self.tokens) and self.tokens[source].text in BN_ACCORDING:
            m.marker = "from"  # "বিএমইটির হিসাবে": the source of a figure, not an actor
        elif suffix in ("কে",):
            m.marker = "to"
        elif following in ("with", "to", "for", "behalf", "between", "from"):
            m.marker = following
        elif suffix.lstrip("-") in BN_GENITIVE_ENDINGS:
            m.marker = "to" if help_at(self.tokens, k) else "genitive"
        elif suffix in ("ে", "য়", "তে", "এ", "-এ"):
            m.marker = "locative"
        # "বাংলাদেশিদের", "জাপানিরা": a demonym in the plural is people, not the country.
        plural = m.kind == "country" and last.suffix in BN_PLURAL_ENDINGS + ("রা",)
        # "৩৫ হাজার বাংলাদেশি", "কয়েক লাখ বাংলাদেশি": counted, a demonym is people.
        before = self.tokens[m.start - 1] if m.start > 0 else None
        counted = before is not None and (before.text.isdigit() or before.key in BN_QUANTITIES)
        if m.kind == "country" and (following == "people" or plural or counted):
            m.describes_people = True

    def mark_inside(self, mentions: list[Mention]) -> None:
        """A country or body inside a person's or a body's modifiers is not an actor of its own."""
        outer = [
            m
            for m in mentions
            if m.kind in ("person", "title_ref", "agency", "body_ref") and not m.inside
        ]
        for m in mentions:
            if m.kind in ("country", "agency") and any(
                o is not m and o.start <= m.start and m.end <= o.end for o in outer
            ):
                m.inside = True
        # "the Food and Agriculture Organization (FAO) of the United Nations": the system it
        # belongs to is part of the body's name.
        bodies = [m for m in mentions if m.kind == "agency" and not m.inside]
        for first, second in zip(bodies, bodies[1:], strict=False):
            between = [t.key for t in self.tokens[first.end : second.start]]
            system = first.agency and second.agency and second.agency.country == "int"
            if system and between in (["of"], ["of", "the"]):
                second.inside = True
