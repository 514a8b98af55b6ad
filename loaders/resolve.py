"""One actor per real-world entity in an article: mentions resolved to ids.

People are keyed by `name_key`, so spellings and scripts meet ("Imran
Haidar" = "ইমরান হায়দার"); a surname or a shorter form joins the full name
seen in the article ("Cooke", "Commissioner Johansson"); a bare title refers
back to the person holding it ("the adviser", "the UK diplomat"), or, when
nobody named holds it, to the body the title belongs to ("the ministry's
senior secretary" acts for the ministry). The two sides of the article and
their principals are what "both sides", "them" and "the government" mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from .lexicon import Agency, Lexicon, load_lexicon
from .mentions import (
    BN_GENITIVE_ENDINGS,
    BN_LEADING,
    DELEGATION_WORDS,
    GENERIC_BODY_NOUNS,
    HOME_HONORIFICS,
    INDEFINITE_WORDS,
    MISSION_NAMES,
    RANK_HEAD,
    RANK_LEADS,
    RANK_WORDS,
    SUBORDINATE_WORDS,
    Mention,
    Reading,
)
from .tokens import normalise, tokenize
from .translit import name_key, strip_honorifics, to_latin

# A title said alone that may stand for any holder of a title with the same head word.
# Heads of titles that name whoever leads a body ("the IOM chief", "the head of JICA").
LEADER_HEADS: Final = frozenset({"chief", "head"})
FIELD_REACH: Final = 3  # words of a portfolio between "দেশটির" and the title it qualifies
COMMAND_HEADS: Final = frozenset({"chief", "commander"})  # heads of those who command a force
GENERIC_TITLES: Final = frozenset(
    {
        "adviser", "minister", "ambassador", "envoy", "diplomat", "high commissioner",
        "commissioner", "director", "president", "prime minister", "secretary",
        "representative", "counsellor", "chief", "chairman", "governor",
    }
)  # fmt: skip
ENVOY: Final = "envoy"
# The country of the papers we read: a person no text places belongs here once every country
# named has its own people ("Foreign Secretary X met Nepal's Foreign Secretary Y").
HOME: Final = "BGD"
MIN_WRITTEN_PART: Final = 3  # shorter parts (initials, Md) name no one in particular
_NOT_SLUG: Final = re.compile(r"[^a-z0-9]+")
_NAME_PARTS: Final = re.compile(r"[\s\-]+")
_POSSESSIVE: Final = re.compile(r"[’']s?$")


@dataclass
class Actor:
    """A Country, Official or Agency of one article."""

    id: str
    type: str
    name: str
    country: str | None  # ISO3 (or "EU"); None for international bodies
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    head: str = ""
    agency: str | None = None  # id of an official's body
    ministry: bool = False  # an official of a ministry the text does not place in a country
    international: bool = False  # an official of an international body: of no country
    body_officer: bool = False  # titled by a placed body ("JAXA's director"): speaks for it
    mentions: int = 0
    order: int = 0

    # Written out, not generated: compiled by mypyc this __init__ is C (mentions.Mention says
    # more).
    def __init__(
        self,
        id: str,
        type: str,
        name: str,
        country: str | None,
        aliases: list[str] | None = None,
        titles: list[str] | None = None,
        head: str = "",
        agency: str | None = None,
        ministry: bool = False,
        international: bool = False,
        body_officer: bool = False,
        mentions: int = 0,
        order: int = 0,
    ) -> None:
        self.id = id
        self.type = type
        self.name = name
        self.country = country
        self.aliases = [] if aliases is None else aliases
        self.titles = [] if titles is None else titles
        self.head = head
        self.agency = agency
        self.ministry = ministry
        self.international = international
        self.body_officer = body_officer
        self.mentions = mentions
        self.order = order

    def add_alias(self, alias: str) -> None:
        alias = alias.strip(" ,")
        if alias and alias not in self.aliases:
            self.aliases.append(alias)


class ActorMention:
    """A mention of a sentence, with the actor it names (None: a reference resolved later).

    A plain class rather than a dataclass: compiled by mypyc it is made without calling the
    dataclass's Python __init__ (an article has hundreds of mentions).
    """

    __slots__ = ("mention", "actor")

    def __init__(self, mention: Mention, actor: str | None) -> None:
        self.mention = mention
        self.actor = actor

    def __repr__(self) -> str:
        return f"ActorMention({self.mention!r}, {self.actor!r})"


@dataclass
class Resolution:
    """The actors of an article, its mentions resolved, and its two sides."""

    actors: dict[str, Actor]
    sentences: list[list[ActorMention]]
    sides: list[str]  # ISO3 of the two principal countries, most present first
    principal: dict[str, str]  # ISO3 -> id of the side's principal actor

    def counterpart(self, actor_id: str | None) -> str | None:
        """The principal of the other side from `actor_id`."""
        country = self.actors[actor_id].country if actor_id in self.actors else None
        for iso in self.sides:
            if iso != country:
                return self.principal.get(iso)
        return None

    def country_actor(self, iso: str | None) -> str | None:
        return f"country:{iso}" if iso and f"country:{iso}" in self.actors else None


def slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text.lower()).strip("-")


# The name helpers below are worked out once per name: each person met is compared with
# every person seen before, by the same few names again and again.
@lru_cache(maxsize=65536)
def _key_words(key: str) -> frozenset[str]:
    return frozenset(w for w in key.split("-") if len(w) > 1)


@lru_cache(maxsize=65536)
def _written_parts(name: str) -> frozenset[str]:
    return frozenset(p.casefold() for p in _NAME_PARTS.split(name) if p)


@lru_cache(maxsize=65536)
def _part_keys(name: str) -> frozenset[str]:
    """The keys of each written part of a name ("Waker-Uz-Zaman": "wkr", "uj", "jmn")."""
    return frozenset(k for p in _NAME_PARTS.split(name) if p for k in _key_words(name_key(p)))


@lru_cache(maxsize=4096)
def _listed_head(title: str) -> str | None:
    """The head the English title table gives a whole title: a curated official's title is
    English ("Chief Adviser" is a chief adviser, not an adviser)."""
    english = load_lexicon("en")
    tokens = tokenize(normalise(title), english.keys, english.suffixes)
    for m in english.matches(tokens):
        entry = m.phrase.entity
        if entry and entry.kind == "title" and m.start == 0 and m.end == len(tokens):
            return str(entry.value.head)
    return None


class _Resolver:
    def __init__(self, lexicon: Lexicon, readings: list[Reading]) -> None:
        self.lex = lexicon
        self.readings = readings
        self.actors: dict[str, Actor] = {}
        self.keys: dict[str, str] = {}  # name_key -> official id
        self.curated: dict[str, str] = {}  # official id -> name of the body the tables give
        self.first_seen: dict[str, int] = {}  # official id -> the sentence that first names them
        self.sentence = 0  # the sentence being resolved

    def actor(self, actor_id: str, type_: str, name: str, country: str | None) -> Actor:
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(actor_id, type_, name, country, order=len(self.actors))
        found = self.actors[actor_id]
        found.mentions += 1
        return found

    def country(self, m: Mention) -> str:
        iso = m.country or ""
        info = self.lex.countries[iso]
        found = self.actor(f"country:{iso}", "Country", info.name, iso)
        found.add_alias(_without_possessive(m.text))
        return found.id

    def agency(self, m: Mention, default_country: str | None) -> str:
        body: Agency = m.agency  # type: ignore[assignment]
        if body.country not in ("*", "int"):
            iso: str | None = body.country  # a country's own body, whoever is said to head it
        else:
            iso = m.country or (None if body.country == "int" else default_country)
        if body.country == "*" and iso:
            name = body.name_in(self.lex.countries[iso].name)
        else:
            name = body.name
        scope = (iso or "int").lower() if body.country != "int" else "int"
        found = self.actor(f"agency:{scope}:{slug(name)}", "Agency", name, iso)
        found.add_alias(_without_possessive(m.text))
        if m.place:  # "Embassy of India in Kathmandu": where this mission is
            found.add_alias(f"{_without_possessive(m.text)} in {m.place}")
            found.add_alias(f"{name} in {m.place}")
        if m.full:  # a Bengali body no table lists, with its country: "তুরস্কের মহাকাশ সংস্থা"
            found.add_alias(m.full)
        if self.lex.code == "en":
            found.add_alias(name)
        return found.id

    def person(self, m: Mention) -> str:
        if m.official:
            english = m.official.name
            key = name_key(english)
        else:
            bare = strip_honorifics(m.name)
            key = name_key(bare)
            english = to_latin(bare) if self.lex.code == "bn" else bare
        known = self.keys.get(key) or self.joins(key)
        if not known and not m.official and not _key_words(key):
            known = self.joins_written(bare)  # "Dr Shi" (keyed "s") is Jiaoqun Shi
        other = self.actors[known].country if known else None
        if known and m.country and other and other != m.country:
            # "হাসান" of Malaysia is not "Hossain" of Bangladesh: names that key alike are
            # two people when each is told of another country
            key = key if key not in self.keys else f"{key}-{m.country.lower()}"
            known = self.keys.get(key)
        if known:
            found = self.actors[known]
            found.mentions += 1
        else:
            country = m.country or (m.official.country if m.official else None)
            found = self.actor(f"official:{key}", "Official", english, country)
            self.keys[key] = found.id
        if found.country is None:
            found.country = m.country or (m.official.country if m.official else None)
        found.ministry = found.ministry or bool(m.agency and m.agency.country == "*")
        found.body_officer |= m.agency is not None and m.agency.country not in ("*", "int")
        body = m.agency.country if m.agency else (m.official.agency if m.official else None)
        curated_international = bool(m.official and not m.official.country and body)
        found.international |= (
            m.agency is not None and m.agency.country == "int"
        ) or curated_international
        if m.official and m.official.agency:
            self.curated[found.id] = m.official.agency
        if m.official and m.official.title and m.official.title not in found.titles:
            found.titles.append(m.official.title)
        if m.title:
            if m.title.title not in found.titles:
                found.titles.insert(0, m.title.title)
            found.head = found.head or m.title.head
        elif m.official and not found.head:
            found.head = self.head_of(m.official.title)
        found.add_alias(strip_honorifics(m.name))
        found.add_alias(m.full or m.name)
        if m.official:
            found.add_alias(m.official.name)
        return found.id

    def joins(self, key: str) -> str | None:
        """A person already seen whose name contains this shorter one ("Johansson")."""
        words = _key_words(key)
        if not words:
            return None
        # "Lee Young-ho" keys as "l-yng-h": its short parts are no initials of "Park Young-sik"
        letters = {w for w in key.split("-") if len(w) == 1}
        fits = [
            aid
            for k, aid in self.keys.items()
            if (words <= _key_words(k) or words <= self.part_keys(aid))
            and letters <= {w[:1] for w in k.split("-")}
        ]
        return fits[0] if len(set(fits)) == 1 else None

    def joins_written(self, name: str) -> str | None:
        """A person whose written name has this short one as a part, where keys say too little
        ("Yao" keys to one letter): "Yao" is Yao Wen."""
        parts = _written_parts(name)
        if not parts or any(len(p) < MIN_WRITTEN_PART for p in parts):
            return None
        fits = {
            a.id
            for a in self.actors.values()
            if a.type == "Official"
            and parts <= {p for n in [a.name, *a.aliases] for p in _written_parts(n)}
        }
        return fits.pop() if len(fits) == 1 else None

    def part_keys(self, actor_id: str) -> set[str]:
        """The keys of each written part of a person's names: "Waker-Uz-Zaman" keys as one
        word with its particle ("wkrj"), its parts as "wkr", "uj", "jmn"."""
        actor = self.actors[actor_id]
        return {k for n in [actor.name, *actor.aliases] for k in _part_keys(n)}

    def head_of(self, title: str) -> str:
        low = title.lower()
        for phrase, head in (("high commissioner", ENVOY), ("ambassador", ENVOY), ("envoy", ENVOY)):
            if phrase in low:
                return head
        listed = _listed_head(title)
        if listed:
            return listed
        words = low.split()
        return words[-1] if words else ""

    def title_holder(self, m: Mention, before: int) -> str | None:
        """The person a bare title refers to: same head, same country, the latest seen first."""
        title = (m.title.title if m.title else "").lower()
        head = m.title.head if m.title else ""
        words = set(title.split())
        body = m.agency.name if m.agency else None
        if head == RANK_HEAD:
            return self.rank_holder(title, m.visiting, m.country)
        fits, leaders, members = [], [], []
        for actor in self.actors.values():
            if actor.type != "Official":
                continue
            if m.country and actor.country and actor.country != m.country:
                continue
            # "the IOM chief" is whoever leads the IOM, whatever their title is.
            own = self.body_of(actor)
            # "the Thai navy chief" leads the Royal Thai Navy: a generic body ("Navy") is the
            # named one of that country that holds its word.
            generic = m.agency is not None and m.agency.country == "*" and m.country is not None
            same_body = own == body or (
                generic and own is not None and body is not None and body.lower() in own.lower()
            )
            leads = head in LEADER_HEADS and body is not None and same_body
            if leads:
                leaders.append(actor)
            if body is not None and same_body:
                members.append(actor)
            if actor.head != head:
                continue
            titles = [t.lower() for t in actor.titles]
            # "the army chief" = "Chief of Army Staff": the same words in another order.
            if (
                title in GENERIC_TITLES
                or head == ENVOY
                or any(title in t or words <= set(t.split()) for t in titles)
            ):
                fits.append(actor)
        # "the IGP" is the Inspector General rather than an Additional Inspector General.
        # (an English bare "the adviser" is whichever adviser came last, however titled)
        generic = title in GENERIC_TITLES and self.lex.code == "en"
        exact = [] if generic else [a for a in fits if title in (t.lower() for t in a.titles)]
        if len(leaders) > 1:
            # "the Gavi chief": its CEO, named first, over a managing director named after
            top = [
                a
                for a in leaders
                if not SUBORDINATE_WORDS & set(" ".join(a.titles).lower().split())
            ]
            ranked = sorted(top or leaders, key=lambda a: (self.first_seen.get(a.id, 0), a.order))
            leaders = ranked[:1]
        fits = leaders or exact or fits
        if m.visiting and self.lex.code == "en":
            # "the visiting chief": of the chiefs named, one who came from abroad (a visiting
            # navy's commander is its chief)
            heads = COMMAND_HEADS if head in COMMAND_HEADS else {head}
            abroad = [
                a for a in self.actors.values()
                if a.type == "Official" and a.head in heads and a.country not in (HOME, None)
            ]  # fmt: skip
            fits = [a for a in fits if a.country != HOME] or abroad or fits
        # "ইউনেস্কো প্রতিনিধি": the body's own officer, whatever the title, over another
        # body's officer of the same title.
        if members and not any(a in members for a in fits):
            fits = members
        if not fits:
            return None
        # The latest introduced before the reference: people are all read first, so the
        # sentence that named each says who came before "the adviser".
        fits.sort(key=lambda a: (self.first_seen.get(a.id, len(self.readings)), a.order))
        seen = [
            a for a in fits
            if a.order < before and self.first_seen.get(a.id, 0) <= self.sentence
        ]  # fmt: skip
        if m.country is None and len({a.country for a in seen}) > 1:
            # "the foreign secretary" when both sides' were named: the paper's own (one not
            # placed yet is mostly its own too)
            seen = (
                [a for a in seen if a.country == HOME]
                or [a for a in seen if a.country is None]
                or seen
            )
        return (seen[-1] if seen else fits[0]).id

    def rank_holder(self, rank: str, visiting: bool, country: str | None) -> str | None:
        """The person last named up to here with military rank `rank` ("General X"); for "the
        visiting general", a foreign one; for "the Turkish general", one of that country."""
        fits = [
            a for a in self.actors.values()
            if a.type == "Official"
            and any(self.bears_rank(alias, rank) for alias in a.aliases if alias)
            and not (visiting and a.country == HOME)
            and (country is None or a.country == country)
            and self.first_seen.get(a.id, len(self.readings)) <= self.sentence
        ]  # fmt: skip
        fits.sort(key=lambda a: (self.first_seen.get(a.id, len(self.readings)), a.order))
        return fits[-1].id if fits else None

    def bears_rank(self, alias: str, rank: str) -> bool:
        """ "Admiral X" and "Lt Gen X" bear "admiral" and "general"; in Bengali the rank may
        follow a post ("কমান্ডার-ইন-চিফ অ্যাডমিরাল X"), in English a word after a post is the
        post's ("Director General X")."""
        words = alias.lower().replace(".", "").split()[:-1]
        if self.lex.code == "bn":
            return rank in words
        for word in words:
            if word == rank or (len(word) >= 3 and rank.startswith(word)):
                return True  # "Gen" for "general"
            if word not in RANK_WORDS and word not in RANK_LEADS:
                return False
        return False

    def leading_official(self, country: str) -> str | None:
        """The official of `country` first named in the article: who heads its side."""
        people = [a for a in self.actors.values() if a.type == "Official" and a.country == country]
        people.sort(key=lambda a: (self.first_seen.get(a.id, len(self.readings)), a.order))
        return people[0].id if people else None

    def words_after_titles(self) -> None:
        """ "উপদেষ্টা প্লাস্টিক দূষণ রোধে ... সহায়তা চান": Bengali words after a title, with no
        honorific, seen nowhere else in the article, where a holder of that kind of title was
        named before, are what the sentence is about; the title refers back to that holder."""
        if self.lex.code != "bn":
            return
        people = [
            (n, m) for n, reading in enumerate(self.readings)
            for m in reading.mentions if m.kind == "person" and m.title
        ]  # fmt: skip
        named: dict[str, int] = {}
        for _, m in people:
            key = name_key(strip_honorifics(m.name))
            named[key] = named.get(key, 0) + 1
        for n, m in people:
            key = name_key(strip_honorifics(m.name))
            if named[key] > 1 or m.full != m.name or self.lex.curated.get(key) or m.country:
                continue
            # A title of a body or a country ("ইউএনএইচসিআরের প্রতিনিধি X") introduces someone.
            # ... and so does a name set before its title ("X, দেশটির ... সদস্য").
            first = m.text.split()[0]
            if m.agency or m.host or first.endswith(tuple(BN_GENITIVE_ENDINGS)):
                continue
            if m.text.startswith(m.name):
                continue
            if any(
                g.kind == "government" and g.end <= m.start <= g.end + FIELD_REACH
                for g in self.readings[n].mentions
            ):
                continue  # "দেশটির পররাষ্ট্র বিষয়ক আন্ডারসেক্রেটারি X": that country's new one
            earlier = [
                o for k, o in people
                if k < n and o.title and o.title.head == m.title.head  # type: ignore[union-attr]
                and name_key(strip_honorifics(o.name)) != key
            ]  # fmt: skip
            if earlier:
                m.kind, m.name, m.full = "title_ref", "", ""

    def body_of(self, actor: Actor) -> str | None:
        body = self.actors.get(actor.agency or "")
        return body.name if body else None

    def resolve(self) -> Resolution:
        self.words_after_titles()
        # Named people first (across the article), so bare titles and surnames can find them.
        for n, reading in enumerate(self.readings):
            people = [m for m in reading.mentions if m.kind == "person"]
            for m in sorted(people, key=lambda m: -len(m.name.split())):
                m.official = m.official or self.lex.curated.get(name_key(strip_honorifics(m.name)))
                self.first_seen.setdefault(self.person(m), n)
        default = self.first_host_country()
        sentences: list[list[ActorMention]] = []
        for n, reading in enumerate(self.readings):
            self.sentence = n
            resolved = []
            for m in reading.mentions:
                if _glossed_acronym(m, reading.mentions):
                    resolved.append(ActorMention(m, None))
                    continue
                resolved.append(ActorMention(m, self.mention_actor(m, default)))
            self.heads_by_its(reading, resolved)
            self.sides_named_before(reading, resolved)
            self.country_of_its_country(reading, resolved)
            sentences.append(resolved)
        self.fill_countries()
        self.curated_bodies()
        sides, principal = self.sides(sentences)
        return Resolution(self.actors, sentences, sides, principal)

    def sides_named_before(self, reading: Reading, resolved: list[ActorMention]) -> None:
        """ "উজবেক পক্ষে দেশটির ... মন্ত্রী X", "on behalf of Uzbekistan, Minister X",
        "বাংলাদেশ প্রতিনিধিদলের নেতৃত্ব দেন ... X": a person of no known country acts for the
        side named just before them."""
        side: str | None = None
        tokens = reading.tokens
        for am in sorted(resolved, key=lambda am: am.mention.start):
            m = am.mention
            led = (
                m.kind == "country"
                and m.end + 1 < len(tokens)
                and tokens[m.end].key in DELEGATION_WORDS
                and tokens[m.end + 1].text.startswith(BN_LEADING)
            )
            if m.kind in ("country", "agency") and (m.marker == "behalf" or led) and not m.inside:
                side = m.country or (m.agency.country if m.agency else None)
                side = side if side not in ("*", "int") else None
                continue
            person = self.actors.get(am.actor or "")
            if m.kind in ("person", "title_ref") and person and person.type == "Official":
                if person.country is None and side and not m.inside:
                    person.country = side
                side = None

    def country_of_its_country(self, reading: Reading, resolved: list[ActorMention]) -> None:
        """ "নেপালের প্রতিনিধিদলের নেতৃত্বে ছিলেন দেশটির জ্বালানি সচিব X": X is of the
        country named last before "দেশটির" (the country's) in the sentence; "আম্মানে
        দেশটির শ্রমমন্ত্রী X": of the place his title opens with."""
        if "government" not in reading.words.values():
            return  # most sentences: no "দেশটির"
        last: str | None = None
        for am in sorted(resolved, key=lambda am: am.mention.start):
            m = am.mention
            if m.kind == "country" and m.country and m.marker == "genitive":
                last = m.country  # (not "বাংলাদেশে", "বাংলাদেশি কর্মীদের": place, beneficiary)
            elif m.kind == "country" and m.country != HOME and m.marker == "locative":
                last = m.country  # "কাজাখস্তানে অবস্থানরত পররাষ্ট্রসচিব ... দেশটির": visited
            person = self.actors.get(am.actor or "")
            if m.kind != "person" or not person or person.country is not None:
                continue
            # ("দেশটির শিল্প ও বাণিজ্য উপমন্ত্রী X": fields may stand between)
            its = [
                g for g in reading.mentions
                if g.kind == "government" and g.start <= m.start <= g.end + FIELD_REACH
            ]  # fmt: skip
            within = [
                g for g in reading.mentions if g.kind == "government" and m.start < g.start < m.end
            ]
            places = [
                c.country
                for c in reading.mentions
                if within
                and c.kind == "country"
                and c.country != HOME  # (not "ঢাকায় নিযুক্ত দেশটির হাইকমিশনার": posted there)
                and m.start <= c.start < within[0].start
            ]
            if places:
                person.country = places[-1]
            elif (its or within) and last:
                person.country = last

    def heads_by_its(self, reading: Reading, resolved: list[ActorMention]) -> None:
        """ "a JICA delegation led by its President X": X is of the body named before "its";
        "... (ITFC) Chief Executive Officer X": of the body named right before the title."""
        for am in resolved:
            m, person = am.mention, self.actors.get(am.actor or "")
            if not person or person.type != "Official" or person.agency or m.start == 0:
                continue
            if reading.tokens[m.start - 1].key != "its":
                # "International Islamic Trade Finance Corporation (ITFC) Chief Executive
                # Officer X": a body named with its acronym right before X's title is X's
                opening = [
                    b for b in resolved
                    if b.mention.kind == "agency" and b.mention.end == m.start and b.actor
                    and m.kind == "person" and not m.inside
                    and reading.tokens[m.start - 1].text == ")"  # its acronym closes it
                ]  # fmt: skip
                body = self.actors[opening[0].actor] if opening and opening[0].actor else None
                if body is not None and person.country is None:
                    person.agency = body.id
                    person.international = body.country is None
                continue
            bodies = [
                b.actor
                for b in resolved
                if b.mention.kind == "agency" and b.mention.end < m.start and b.actor
            ]
            if bodies:
                person.agency = bodies[-1]

    def mention_actor(self, m: Mention, default: str | None) -> str | None:
        if m.kind == "country":
            return self.country(m)
        if m.kind == "agency":
            return self.agency(m, default)
        if m.kind == "person":
            person = self.keys.get(
                name_key(m.official.name if m.official else strip_honorifics(m.name))
            ) or self.person(m)
            if m.agency:  # the body in the title: "Counsellor of the Pakistan Embassy"
                body = Mention("agency", m.start, m.end, "", agency=m.agency, country=m.country)
                own = self.actors[person].country
                if not own and m.agency.name in MISSION_NAMES:
                    own = self.envoy_country()  # "the embassy's counsellor": the envoy's embassy
                self.actors[person].agency = self.agency(body, own or default)
            return person
        if m.kind == "name":
            key = name_key(m.name)
            found = self.keys.get(key) or self.joins(key) or self.joins_written(m.name)
            if found:
                self.actors[found].mentions += 1
                self.actors[found].add_alias(m.name)
            return found
        if m.kind == "body_ref":
            return self.named_body(m, default)
        if m.kind == "title_ref":
            tokens = self.readings[self.sentence].tokens
            # "একজন উপমন্ত্রী", "a deputy minister": someone not named, not one named before
            indefinite = any(t.key in INDEFINITE_WORDS for t in tokens[max(0, m.start - 1) : m.end])
            holder = None if indefinite else self.title_holder(m, len(self.actors))
            if holder is None and m.title and m.title.head in LEADER_HEADS and m.country:
                holder = self.leading_official(m.country)  # "ওমানি প্রতিনিধিদলের প্রধান"
            if holder:
                self.actors[holder].mentions += 1
                return holder
            if m.agency:
                return self.agency(
                    Mention("agency", m.start, m.end, "", agency=m.agency, country=m.country),
                    default,
                )
        return None

    def named_body(self, m: Mention, default: str | None) -> str | None:
        """The body "the embassy" means: the one of that kind the article names with its country,
        the latest named up to this sentence ("the ADB ... The World Bank ... the Bank")."""
        named = [
            (n, other)
            for n, reading in enumerate(self.readings)
            for other in reading.mentions
            if other.kind == "agency"
            and other.agency
            # "the bank": an international one too ("IsDB ... urged the bank")
            and (other.country or other.agency.country == "int")
            and m.agency
            and m.agency.name.lower() in other.agency.name.lower()
        ]
        if m.agency and m.agency.country == "int":
            # "the UN agency": the latest body of the system named up to here, not the system
            named = [
                (n, other)
                for n, reading in enumerate(self.readings[: self.sentence + 1])
                for other in reading.mentions
                if other.kind == "agency" and other.agency
                and other.agency.country == "int" and other.agency.name != m.agency.name
            ]  # fmt: skip
        if not named and m.agency and m.agency.name.lower() in GENERIC_BODY_NOUNS:
            # "UNHCR would step up its appeal, and the agency had asked ...": the body named
            # last up to here, when none is named with the word itself
            named = [
                (n, other)
                for n, reading in enumerate(self.readings[: self.sentence + 1])
                for other in reading.mentions
                if other.kind == "agency"
                and other.agency
                and other.agency.country != "*"
                and (n < self.sentence or other.start < m.start)
                and m.agency.country in ("*", other.agency.country)
            ]
        if named:
            before = [other for n, other in named if n <= self.sentence]
            return self.agency(before[-1] if before else named[0][1], default)
        envoy = self.envoy_country() if m.agency and m.agency.name in MISSION_NAMES else None
        if envoy:
            return self.agency(Mention("agency", m.start, m.end, m.text, agency=m.agency), envoy)
        return None

    def envoy_country(self) -> str | None:
        """The country of the first envoy the article names: whose mission "the embassy" is."""
        for actor in sorted(self.actors.values(), key=lambda a: a.order):
            if actor.type == "Official" and actor.head == ENVOY and actor.country:
                return actor.country
        return None

    def first_host_country(self) -> str | None:
        """The country of the first named person who is not an envoy: whose ministries are meant.
        An officer of a named body ("JAXA's director") speaks for that body, as an envoy does."""
        for actor in sorted(self.actors.values(), key=lambda a: a.order):
            if (
                actor.type == "Official"
                and actor.head != ENVOY
                and actor.country
                and not actor.body_officer
            ):
                return actor.country
        # "Indonesian Ambassador to Bangladesh ... at the commerce ministry": the host's.
        for reading in self.readings:
            for m in reading.mentions:
                if m.host and m.title and m.title.head == ENVOY:
                    return m.host
        for reading in self.readings:
            for m in reading.mentions:
                if m.kind == "country":
                    return m.country
        return None

    def fill_countries(self) -> None:
        """People whose country the text leaves open belong to the side not yet represented."""
        # Countries the article names most are its sides.
        counts = {a.country: a.mentions for a in self.actors.values() if a.type == "Country"}
        present = {a.country for a in self.actors.values() if a.type == "Official" and a.country}
        # (a stable sort: ties in the order met, as Counter.most_common gives them)
        ranked = [iso for iso, _ in sorted(counts.items(), key=lambda cn: -cn[1]) if iso]
        if HOME not in ranked:
            ranked.append(HOME)
        host = self.first_host_country()
        # Envoys first: an unplaced envoy is the other side's; once that side has them, the
        # paper's own officials ("মন্ত্রণালয়ের সচিব X") are not given it too.
        for actor in sorted(self.actors.values(), key=lambda a: (a.head != ENVOY, a.order)):
            if actor.type == "Official" and not actor.country and not actor.international:
                body = self.actors.get(actor.agency or "")
                if body and body.country:
                    actor.country = body.country  # a member of a placed body is of its country
                    continue
                if _home_named(actor):
                    # "High Commissioner Md Shameem Ahsan": a name only Bangladesh abbreviates so
                    actor.country = HOME
                    present.add(HOME)
                    continue
                # A country named once in passing is no side ("as Saudi Arabia did").
                spare = [iso for iso in ranked if iso not in present and counts.get(iso, 0) > 1]
                # Both sides have people: the paper's own officials go unplaced ("Director
                # General of Health Services X"), foreign ones are named with their country.
                fallback = next(iter(spare), HOME)
                if actor.head == ENVOY and fallback == HOME:
                    # An envoy the paper names without a country is mostly the other side's:
                    # "Ambassador Iris de Graaf said her government ...".
                    fallback = next((iso for iso in ranked if iso != HOME), HOME)
                actor.country = host if actor.ministry and host else fallback
                present.add(actor.country)

    def curated_bodies(self) -> None:
        """A known official's body, when the article names it ("the home ministry")."""
        for actor in list(self.actors.values()):
            body = self.curated.get(actor.id)
            if actor.type == "Official" and not actor.agency and body and actor.country:
                candidate = f"agency:{actor.country.lower()}:{slug(body)}"
                if candidate in self.actors:
                    actor.agency = candidate

    def sides(self, sentences: list[list[ActorMention]]) -> tuple[list[str], dict[str, str]]:
        # Counted in plain dicts: Counter's methods run as Python even when this is compiled.
        weight: dict[str, int] = {}
        officials: dict[str, dict[str, int]] = {}
        for reading, resolved in zip(self.readings, sentences, strict=True):
            # People listed as present attend a meeting led by someone else.
            attending = any(cue.pattern == "present" for _, _, cue, _ in reading.cues)
            for am in resolved:
                actor = self.actors.get(am.actor or "")
                if not actor or not actor.country or am.mention.inside:
                    continue
                weight[actor.country] = weight.get(actor.country, 0) + (
                    2 if actor.type == "Official" else 1
                )
                if actor.type == "Official":
                    people = officials.setdefault(actor.country, {})
                    people[actor.id] = people.get(actor.id, 0) + (0 if attending else 1)
        # The two most present; a stable sort keeps ties in the order met, as most_common does.
        sides = [iso for iso, _ in sorted(weight.items(), key=lambda wn: -wn[1])[:2]]
        principal = {}
        for iso in weight:
            counted = officials.get(iso)
            if counted:
                best = max(counted.values())
                principal[iso] = min(
                    (aid for aid, n in counted.items() if n == best),
                    key=lambda aid: self.actors[aid].order,
                )
            elif f"country:{iso}" in self.actors:
                principal[iso] = f"country:{iso}"
        return sides, principal


def _home_named(actor: Actor) -> bool:
    """One of the person's names opens with an abbreviation only Bangladeshi names carry."""
    for alias in actor.aliases:
        words = alias.split()
        if len(words) > 1 and words[0].strip(".ঃ").casefold() in HOME_HONORIFICS:
            return True
    return False


def _glossed_acronym(m: Mention, mentions: list[Mention]) -> bool:
    """ "Presidency of Defence Industries (SSB)": an acronym in a body's brackets is that
    body's, even when the lexicon knows it as another's (India's SSB)."""
    return m.kind == "agency" and any(
        o is not m
        and o.kind == "agency"
        and o.start < m.start
        and m.end < o.end
        and o.agency != m.agency
        for o in mentions
    )


def _without_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


def resolve_actors(readings: list[Reading], lexicon: Lexicon) -> Resolution:
    """The actors of an article read sentence by sentence, and what each mention names."""
    return _Resolver(lexicon, readings).resolve()
