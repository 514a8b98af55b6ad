"""Interactions read from cue phrases, with their argument roles, sentence by sentence.

Each cue of `cues.tsv` names a type and a pattern saying where its arguments
are: `forward` (source before the cue, targets after: "X met Y", "X sought
cooperation from Y"), `joint` (the parties named together: "X and Y agreed",
"both sides agreed"; one named person or body alone acted with the other
side), `pair` (as joint, but both parties named: "X and Y discussed"),
`between` ("talks between X and Y"), `present` (people listed as present
met the principal of the other side), `call_on` (a
request when followed by "to <verb>", else a courtesy call; "want X to" is only ever
a request), and for
Bengali `marked` (the case-marked actor is the target: -কে, সঙ্গে, কাছে,
a genitive before সহযোগিতা) and `visit` (the place before the cue). A forward cue
in the passive ("was ... by") is read backwards: its agent follows ("a request was made by X to Y").
Negated, hoped-for and (for meetings) future events are not read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations
from typing import Final

from .language import word_groups
from .lexicon import Cue, load_lexicon
from .mentions import (
    BN_CONJUNCTIONS,
    BN_GENITIVE_ENDINGS,
    BN_LEADING,
    DELEGATION_WORDS,
    INDEFINITE_WORDS,
    LEADING_WORDS,
    VISITING_WORDS,
    Mention,
    Reading,
    help_at,
)
from .model import SYMMETRIC_TYPES
from .resolve import ENVOY, ActorMention, Resolution
from .tokens import Token

ACTOR_TYPES = ("Country", "Official", "Agency")
ROLE_MARKERS = frozenset({"with", "to", "for", "from", "between", "by"})
NEGATION_WINDOW: Final = 4
CALL_ON_REACH = 3
COORDINATION_REACH = 4  # words between "and" and the cue it joins ("and expressed his country's")
VISIT_REACH = 2  # "জাপান সফররত", "তিন দিনের সফরে ঢাকায় অবস্থানরত": the place just before

# The closed word classes the reader looks for (lang/relation_words.tsv says what each is for).
_WORDS = word_groups("relation_words.tsv")
CONNECTORS = frozenset(_WORDS["connector"])
SIGNING_WORDS = _WORDS["signing"]
CALL_WORDS = _WORDS["call"]
VISIT_PHRASES = _WORDS["visit_phrase"]
PLACELESS_VISITS = _WORDS["placeless_visit"]
MUTUAL_WORDS = frozenset(_WORDS["mutual"])
ADDRESSEE_WORDS = frozenset(_WORDS["addressee"])
RESTATING_WORDS = frozenset(_WORDS["restating"])
TELLING_WORDS = frozenset(_WORDS["telling"])
PLACE_WORDS = frozenset(_WORDS["place"])
MEETING_PLURALS = frozenset(_WORDS["meeting_plural"])
MEETING_NOUNS: Final = frozenset(_WORDS["meeting_noun"])
BN_COMING = frozenset(_WORDS["bn_coming"])
AUXILIARIES = frozenset(_WORDS["passive_auxiliary"]) | frozenset(_WORDS["perfect_auxiliary"])
GATHERING_WORDS = frozenset(_WORDS["gathering"])
BN_GATHERINGS = tuple(_WORDS["bn_gathering"])
RUN_WORDS = frozenset(_WORDS["run_participle"])
ALONG_WORDS = frozenset(_WORDS["along"])
CHANNEL_WORDS = frozenset(_WORDS["channel"])
QUOTE_MARKS = frozenset('"“”')
CLOSING_QUOTE = "”"
MARKET_WORDS = frozenset(_WORDS["market"])
JOINT_WORDS = frozenset(_WORDS["joint_doing"])
PLACED = frozenset({"country", "agency"})  # kinds of actor a place word can name as a place
WITNESSING = tuple(_WORDS["witnessing"])
BOTH_WORDS = frozenset(_WORDS["both"])
BN_MEETING_STEMS: Final = tuple(_WORDS["bn_meeting_stem"])
BN_CONDITIONAL_ENDINGS = tuple(_WORDS["bn_conditional_ending"])
BN_CONDITIONS = frozenset(_WORDS["bn_condition"])
# "তার আগে" (before that): the words after "তবে" (but) that set a precondition
BN_PRECONDITIONS = frozenset(tuple(p.split()) for p in _WORDS["bn_precondition"])
CONDITION_WORDS: Final = frozenset(_WORDS["condition"])
COUNT_WORDS = tuple(_WORDS["count"])
PASSIVE_AUXILIARIES = frozenset(_WORDS["passive_auxiliary"])
PERFECT_AUXILIARIES = frozenset(_WORDS["perfect_auxiliary"])
TOLD_STANCES = frozenset(_WORDS["told_stance"])
PLURAL_OBLIQUE = _WORDS["plural_oblique"]
WITH_WORDS = frozenset(_WORDS["with"])
BENEFICIARY_WORDS = frozenset(_WORDS["beneficiary"])
BENEFIT_NOUNS = frozenset(_WORDS["benefit_noun"])
LOCATIVE_ENDINGS = frozenset(_WORDS["locative_ending"])
PLURAL_POSTPOSITIONS = frozenset(_WORDS["plural_postposition"])
CONTRAST_WORDS: Final = frozenset(_WORDS["contrast"])
BN_COMPLEMENTIZERS: Final = frozenset(_WORDS["bn_complementizer"])
BN_SUBJUNCTIVES = frozenset(_WORDS["bn_subjunctive"])
ADVERB_WORDS = frozenset(_WORDS["adverb"])
CLAUSE_OPENERS = frozenset(_WORDS["clause_opener"])
CALL_PURPOSES = frozenset(_WORDS["call_purpose"])
DETERMINERS: Final = frozenset(_WORDS["determiner"])
CLAUSE_BREAKS = frozenset(_WORDS["clause_break"])
CONTRAST_CLAUSES = frozenset(_WORDS["contrast_clause"])
ABOUT_WORDS = frozenset(_WORDS["about"])
ADDRESSEE_MARKS = frozenset(("with", "to"))
HELD_WORDS = frozenset(_WORDS["held"])
RESTATING_VERBS = frozenset(_WORDS["restating_verb"])
DEMONYM_VOWELS = ("ি", "ী")  # Bengali demonyms end in them: "জাপানি", "বাংলাদেশী"
CLAUSE_VERBS = frozenset(_WORDS["clause_verb"])
MODAL_WORDS = frozenset(_WORDS["modal"])
CLAUSE_CONJUNCTIONS = frozenset(_WORDS["clause_conjunction"])
DECISION_NOUNS = frozenset(_WORDS["decision_noun"])
OFFICIAL_NOUNS = frozenset(_WORDS["official_noun"])
RELATIVE_WORDS = frozenset(_WORDS["relative"])
RELATIVE_ADVERBS = frozenset(_WORDS["relative_adverb"])
BN_MEMBER_WORDS = frozenset(_WORDS["bn_member"])
BN_HANDOVER_WORDS = tuple(_WORDS["bn_handover"])
BN_MET_OBJECTS = tuple(_WORDS["bn_met_object"])
BN_DURING = tuple(_WORDS["bn_during"])
TIME_PREPOSITIONS = frozenset(_WORDS["occasion"])
ABOUT_PREPOSITIONS = frozenset(_WORDS["about_preposition"])
THING_RELATIVES = frozenset(_WORDS["thing_relative"])
COUNTRY_WORDS = _WORDS["country_word"]
BODY_PLURALS = frozenset(_WORDS["body_plural"])
SEVERAL_MEETINGS = frozenset(_WORDS["several_meetings"])
BN_MEETING_TO_COME = frozenset(_WORDS["bn_meeting_to_come"])
OFFER_NOUNS = frozenset(_WORDS["offer_noun"])
AMOUNT_WORDS = frozenset(_WORDS["amount_word"])
ANNOUNCING_VERBS = frozenset(_WORDS["announcing_verb"])
COMMITTING_LEADS = frozenset(_WORDS["committing_lead"])
COMMITTING_VERBS = frozenset(_WORDS["committing_verb"])
ANNOUNCED_REACH = 6  # words after "announced" that may name the amount or help announced
BN_YEAR_WORDS = frozenset(_WORDS["bn_year"])
BN_ALL_THESE = frozenset(_WORDS["bn_all_these"])
NONE_WORDS = frozenset(_WORDS["none"])
RELATIVE_PLACE_WORDS = frozenset(_WORDS["relative_place"])
EVENT_WHICH = frozenset(_WORDS["event_which"])
DURING_WORDS = frozenset(_WORDS["during"])
GROUP_PRONOUNS = frozenset(_WORDS["group_pronoun"])
COUNTERPART_WORDS = frozenset(_WORDS["counterpart"])
DEMONYM_ENDINGS = _WORDS["demonym_ending"]
BN_ABOUT = frozenset(_WORDS["bn_about"])
BN_LED_BY = frozenset(_WORDS["bn_led_by"])
BN_LEADING_ADJ = frozenset(_WORDS["bn_leading_adjective"])
BN_MISSIONS = tuple(_WORDS["bn_mission"])
PRONOUN_GENDERS = {w: "m" for w in _WORDS["pronoun_m"]} | {w: "f" for w in _WORDS["pronoun_f"]}


@dataclass(frozen=True)
class Found:
    """An interaction read from one sentence (index into the article's sentences)."""

    type: str
    source: str
    target: str
    sentence: int
    signed: bool = False  # an agreement read from a signing ("signed", "সই করেন")

    # Written out, not generated: compiled by mypyc this __init__ is C (mentions.Mention says
    # more). Frozen: the fields are set as the dataclass's own __init__ sets them.
    def __init__(
        self, type: str, source: str, target: str, sentence: int, signed: bool = False
    ) -> None:
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "signed", signed)


@dataclass
class _Arg:
    """An actor in a sentence, with where it is and how it is marked."""

    actor: str
    start: int
    end: int
    marker: str
    kind: str
    possessive: bool
    visiting: bool = False
    text: str = ""
    sides: tuple[str, ...] = ()  # "the two sides, Bangladesh and Uzbekistan": those named

    def __init__(  # written out, as Found's is
        self,
        actor: str,
        start: int,
        end: int,
        marker: str,
        kind: str,
        possessive: bool,
        visiting: bool = False,
        text: str = "",
        sides: tuple[str, ...] = (),
    ) -> None:
        self.actor = actor
        self.start = start
        self.end = end
        self.marker = marker
        self.kind = kind
        self.possessive = possessive
        self.visiting = visiting
        self.text = text
        self.sides = sides


class _Reader:
    def __init__(self, readings: list[Reading], resolution: Resolution, language: str) -> None:
        self.readings = readings
        self.res = resolution
        self.lang = language
        self.topic: str | None = None  # the person the text is about: what "he" means
        self.speaker: str | None = None  # who "we" is
        self.tokens: list[Token] = []  # of the sentence being read
        self.words: dict[int, str] = {}  # of the sentence being read: token -> reference kind
        self.subject: str | None = None  # the source of the sentence's last cue
        self.joint_parties: list[str] = []  # who did the sentence's last joint act
        self.met_here: list[tuple[str, str]] = []  # meetings of officials told in the sentence
        self.seen: list[str] = []  # officials named so far, the latest last
        self.delegation_leader: str | None = (
            None  # "a delegation led by X": what "the delegation" means
        )
        self.told: set[tuple[str, str]] = set()  # (type, source) of interactions read so far
        # (type, source's country) -> the target of the latest such interaction
        self.told_by_side: dict[tuple[str, str | None], str] = {}
        self.last_meeting: tuple[str, str] | None = None  # the parties of the last MET read
        self.meeting_people: list[str] = []  # everyone the last meeting told had met
        self.meetings: list[tuple[str, str]] = []  # every such meeting, in the order read
        # meetings and signings between people, in the order read: what people "present at
        # both meetings" attended
        self.attended: list[tuple[str, str]] = []
        self.last_signing: tuple[str, str, int] | None = None  # signatories, sentence
        self.index = 0  # of the sentence being read
        # An office named after its head's title is that person ("the RRRC" = the commissioner).
        actors = resolution.actors
        self.holders = {
            a.agency: a.id
            for a in actors.values()
            if a.type == "Official"
            and a.agency in actors
            and a.titles[:1] == [actors[a.agency].name]
        }

    def country_of(self, actor: str | None) -> str | None:
        found = self.res.actors.get(actor or "")
        return found.country if found else None

    def officials_in(self, args: list[_Arg]) -> list[_Arg]:
        return [
            a
            for a in args
            if a.actor in self.res.actors and self.res.actors[a.actor].type == "Official"
        ]

    # -- references -------------------------------------------------------------------------
    def args_of(self, index: int, reading: Reading) -> list[_Arg]:
        """The actors of a sentence, pronouns and "we" resolved; groups kept for the cue."""
        args: list[_Arg] = []
        resolved = self.res.sentences[index]
        named = [am for am in resolved if am.actor and not am.mention.inside]
        has_speech = "speech" in reading.words.values()
        for am in resolved:
            m = am.mention
            actor = am.actor
            if m.inside or m.describes_people or m.marker == "according":
                continue  # "according to the ministry": who reports, no party
            if m.kind == "pronoun":
                # "X visited China, where he met Y": a subject named earlier in the sentence.
                earlier = [
                    a for a in args
                    if a.end <= m.start and not a.marker and not a.possessive
                    and a.actor in self.res.actors and self.res.actors[a.actor].type == "Official"
                ]  # fmt: skip
                actor = earlier[0].actor if earlier and self.lang == "en" else self.topic
                actor = self.of_pronouns_gender(m.text, actor)
            elif m.kind == "speaker":
                people = [a for a in named if self.res.actors[a.actor or ""].type == "Official"]
                # '"I urged Minister X to ...," Y told reporters': the one quoted, not one named
                # in the quote
                quoted = self.quoted_tokens()
                people = [a for a in people if a.mention.start not in quoted] or people
                actor = people[0].actor if has_speech and people else self.speaker or self.topic
            elif (
                m.kind == "government"
                and args
                and args[-1].end == m.start
                and args[-1].kind == "country"
            ):
                # "জাপান সরকারের প্রতি", "মালয়েশিয়া সরকারকে": the country, marked as its government.
                args[-1].marker, args[-1].possessive = m.marker, m.possessive
                continue
            elif m.kind in ("object", "group", "government") and self.within_actor(m, resolved):
                continue  # "উজবেকিস্তানের পক্ষে দেশটির উপমন্ত্রী X": part of X's title
            elif m.kind in ("object", "group", "government"):
                marker = m.marker or self.bn_case(m.end, m.text)
                if m.kind == "group" and marker == "locative":
                    marker = ""  # "দুজনে": the two of them (doing it), no place
                args.append(
                    _Arg(f"@{m.kind}", m.start, m.end, marker, m.kind, m.possessive, text=m.text)
                )
                continue
            kind = m.kind
            after = self.tokens[m.end] if m.kind == "agency" and m.end < len(self.tokens) else None
            if after is not None and (
                after.key in GATHERING_WORDS or after.text.startswith(BN_GATHERINGS)
            ):
                # "on the Bimstec sidelines", "at the OIC summit", "ওআইসি সম্মেলনের ফাঁকে":
                # where, not who
                continue
            delegation = m.end < len(self.tokens) and self.tokens[m.end].key in DELEGATION_WORDS
            if m.kind == "country" and (self.counterpart_word(m.end) or delegation):
                # "his Turkish counterpart", "the Bangladeshi delegation", "ভারতীয় প্রতিনিধিদল":
                # the principal of that country, when a person (who led it).
                principal = self.res.principal.get(m.country or "")
                # "his Sri Lankan counterpart": the one of that country the text is about now
                latest = [p for p in self.seen if self.country_of(p) == m.country][-1:]
                if self.counterpart_word(m.end) and latest:
                    principal = latest[0]
                if principal and self.res.actors[principal].type == "Official":
                    actor, kind = principal, "person"
                    if self.lang == "bn" and delegation and not m.marker:
                        m = replace(m, marker=self.delegation_case(m.end))
            elif m.kind == "agency" and delegation and actor:
                # "welcomed the World Bank delegation": the body's officer the text named first
                officers = [
                    a
                    for a in self.res.actors.values()
                    if a.type == "Official" and a.agency == actor
                ]
                if officers:
                    actor, kind = min(officers, key=lambda a: a.order).id, "person"
            if actor and actor in self.res.actors:
                marker = m.marker or (self.plural_case(m.end) if m.kind == "country" else "")
                if marker == "genitive":
                    marker = self.members_case(m.end) or self.benefit_case(m.end) or marker
                elif not marker and self.at_place(m.end):
                    marker = "locative"  # "কোস্টগার্ড সদর দপ্তরে": where, not who
                elif not marker:
                    marker = self.bracketed_case(m.start, m.end)
                arg = _Arg(actor, m.start, m.end, marker, kind, m.possessive, m.visiting)
                if (
                    args
                    and args[-1].end == m.start
                    and args[-1].kind == "agency"
                    and m.kind == "person"
                    and (
                        self.res.actors[actor].agency == args[-1].actor
                        or (self.lang == "en" and not m.text.startswith(m.name or m.text))
                    )
                ):
                    # "International Islamic Trade Finance Corporation (ITFC) Chief Executive
                    # Officer X": the body opens its officer's title; he is the party.
                    arg.start = args.pop().start
                    if args and args[-1].kind == "government" and args[-1].end == arg.start:
                        args.pop()  # "দেশটির ... মন্ত্রণালয়ের সচিব X": "that country's", of his title
                if args and args[-1].actor == actor and args[-1].end == m.start:
                    # "জাতিসংঘের শরণার্থী সংস্থা ইউএনএইচসিআরের প্রতি": a body named twice in
                    # apposition is one argument, marked where the phrase ends.
                    arg.start = args.pop().start
                args.append(arg)
        if self.lang == "bn":
            self.share_postposition(args)
            self.leader_of_marked(args)
        else:
            args = self.bare_delegation(self.parties_only(args))
        # "Vietnam's Ministry of Public Security": the country only says whose body it is.
        return self.named_sides(
            [
                a
                for n, a in enumerate(args)
                if not (
                    a.kind == "country"
                    and a.possessive
                    and n + 1 < len(args)
                    and args[n + 1].start == a.end
                    and self.country_of(args[n + 1].actor) == self.country_of(a.actor)
                    and args[n + 1].kind != "country"
                )
            ]
        )

    def parties_only(self, args: list[_Arg]) -> list[_Arg]:
        """The actors that can be parties: not the bodies help goes through ("much of it
        through the WFP and UNHCR"), nor a country's market ("access to the Turkish market")."""
        kept: list[_Arg] = []
        channel = False
        last_end = -1
        for a in args:
            k = a.start - 1
            if k > 0 and self.tokens[k].key == "the":
                k -= 1
            before = self.tokens[k].key if k >= 0 else ""
            joined = channel and before in ("and", ",") and last_end == k
            channel = before in CHANNEL_WORDS or joined
            last_end = a.end
            market = (
                a.kind == "country"
                and a.end < len(self.tokens)
                and self.tokens[a.end].key in MARKET_WORDS
            )
            if not channel and not market:
                kept.append(a)
        return kept

    def quoted_tokens(self) -> set[int]:
        """The tokens inside quotation marks in the sentence being read."""
        inside: set[int] = set()
        open_at = -1
        for k, tok in enumerate(self.tokens):
            if tok.text in QUOTE_MARKS:
                if open_at < 0 and tok.text != CLOSING_QUOTE:
                    open_at = k
                else:
                    inside.update(range(open_at + 1, k))
                    open_at = -1
        return inside

    def bare_delegation(self, args: list[_Arg]) -> list[_Arg]:
        """ "Earlier, the delegation called on X": the delegation is the one whose leader the
        text named ("a British delegation led by Y"), acting through Y."""
        leader = self.delegation_leader
        tokens = self.tokens
        for a in args:
            # "a delegation led by Y" before Y, or inside Y's mention when it is the country's
            led = self.leads(a) or any(
                tokens[j].key in LEADING_WORDS and tokens[j + 1].key == "by"
                for j in range(a.start, a.end - 1)
            )
            if led and self.res.actors[a.actor].type == "Official":
                leader = a.actor
        if leader != self.delegation_leader:
            # "an Italian Navy delegation led by Y called on X": Y acts, not the body he leads
            args = [a for a in args if not (a.kind == "agency" and self.leader_follows(a.end))]
        for k in range(1, len(tokens) - 1):
            if not self.delegation_leader or tokens[k].key not in DELEGATION_WORDS:
                continue
            # "the visiting delegation": the one of the leader the text named
            before = k - 2 if k > 1 and tokens[k - 1].key in VISITING_WORDS else k - 1
            if not (
                tokens[before].key == "the"
                and tokens[k + 1].key not in LEADING_WORDS  # "the delegation led by Y": Y
                and not any(a.start <= k < a.end or a.end == k for a in args)
            ):
                continue
            marker = self.words.get(before - 1, "") if before > 0 else ""
            marker = marker if marker in ROLE_MARKERS else ""
            args.append(_Arg(self.delegation_leader, before, k + 1, marker, "person", False))
        self.delegation_leader = leader
        return sorted(args, key=lambda a: a.start)

    def coordinated_verb(self, args: list[_Arg], start: int, prev_end: int) -> bool:
        """ "and" opens the cue's clause, maybe before a verb and a possessor ("and expressed
        his country's interest in")."""
        k, skipped = start - 1, 0
        while (
            k > prev_end
            and skipped < COORDINATION_REACH
            and self.tokens[k].key != "and"
            and self.tokens[k].text != ","
            and not any(a.start <= k < a.end and not a.possessive for a in args)
        ):
            k, skipped = k - 1, skipped + 1
        return k > 0 and self.tokens[k].key == "and" and (skipped == 0 or self.lang == "en")

    def partner_after(self, arg: _Arg, end: int) -> bool:
        """ "co-finance the line with the World Bank": one a thing is done jointly with."""
        # (the tokenizer may keep "co-finance" whole or split it at its hyphen)
        return arg.marker == "with" and any(
            t.key.startswith("co-") or t.key in JOINT_WORDS or t.key == "co"
            for t in self.tokens[end : arg.start]
        )

    def leader_follows(self, k: int) -> bool:
        """ "delegation led by" starts at token k."""
        tokens = self.tokens
        return (
            k + 2 < len(tokens)
            and tokens[k].key in DELEGATION_WORDS
            and tokens[k + 1].key in LEADING_WORDS
            and tokens[k + 2].key == "by"
        )

    def leader_of_marked(self, args: list[_Arg]) -> None:
        """ "X নেতৃত্বাধীন মিশনের সঙ্গে বৈঠকে", "X-এর নেতৃত্বে সফররত বাংলাদেশের একটি
        প্রতিনিধিদলের সঙ্গে": the leader takes the role of the mission."""
        for a in args:
            k = a.end
            if k + 2 >= len(self.tokens):
                continue
            if not a.marker and self.tokens[k].key in BN_LEADING_ADJ:
                mission = k + 1 if self.tokens[k + 1].text.startswith(BN_MISSIONS) else None
            elif a.marker == "genitive" and self.tokens[k].text in BN_LED_BY:
                # the mission within a few words, no other actor between
                reach = range(k + 1, min(len(self.tokens) - 1, k + 6))
                mission = next(
                    (n for n in reach if self.tokens[n].text.startswith(BN_MISSIONS)), None
                )
                if mission is not None and any(
                    b.start < mission and b.start > k and b.kind != "country" for b in args
                ):
                    mission = None
            else:
                continue
            if mission is not None:
                mark = self.words.get(mission + 1, "")
                a.marker = mark if mark in ADDRESSEE_MARKS else ""

    def share_postposition(self, args: list[_Arg]) -> None:
        """ "নৌবাহিনী প্রধান X এবং বিমানবাহিনী প্রধান Y-এর সঙ্গে": people joined by ও/এবং
        share the postposition after the last of them."""
        for n in range(len(args) - 2, -1, -1):
            a, b = args[n], args[n + 1]
            between = self.tokens[a.end : b.start]
            joined = bool(between) and all(
                t.key in BN_CONJUNCTIONS or t.text == "," for t in between
            )
            # ("তুরস্ক ও ইরানের সঙ্গে বৈঠক": countries joined so share it too)
            people = {a.kind, b.kind} <= {"person", "title_ref"} or a.kind == b.kind == "country"
            if joined and people and not a.marker and b.marker in ADDRESSEE_MARKS:
                a.marker = b.marker
            elif joined and a.kind == "country" and b.kind == "title_ref" and not a.marker:
                # "মিসর ও বাহরাইনের পররাষ্ট্রমন্ত্রীর সঙ্গে": Egypt's foreign minister too
                holder = self.holder_in(a.actor, self.res.actors[b.actor].head)
                if holder and b.marker in ADDRESSEE_MARKS:
                    a.actor, a.kind, a.marker = holder, "title_ref", b.marker

    def holder_in(self, country: str, head: str) -> str | None:
        """The official of `country` (an actor id) the text names with a title of `head`."""
        iso = self.res.actors[country].country
        holders = [
            a for a in self.res.actors.values()
            if a.type == "Official" and a.country == iso and a.head == head
        ]  # fmt: skip
        return min(holders, key=lambda a: a.order).id if holders else None

    def named_sides(self, args: list[_Arg]) -> list[_Arg]:
        """ "The two sides, Bangladesh and Uzbekistan, agreed": countries in apposition to a
        group say which sides it means; they are no parties of their own."""
        out: list[_Arg] = []
        n = 0
        while n < len(args):
            a = args[n]
            out.append(a)
            n += 1
            if a.kind != "group" or n + 1 >= len(args):
                continue
            first, second = args[n], args[n + 1]
            lead = [t.text for t in self.tokens[a.end : first.start]]
            link = [t.key for t in self.tokens[first.end : second.start]]
            if (
                first.kind == second.kind == "country"
                and lead in ([","], [])
                and link in (["and"], ["ও"], ["এবং"])
            ):
                a.sides, a.end = (first.actor, second.actor), second.end
                n += 2
        return out

    @staticmethod
    def within_actor(m: Mention, resolved: list[ActorMention]) -> bool:
        return any(
            o.mention is not m
            and o.mention.kind in ("person", "title_ref")
            and o.mention.start <= m.start
            and m.end <= o.mention.end
            for o in resolved
        )

    def counterpart_word(self, end: int) -> bool:
        """A counterpart word follows, maybe past "and <demonym>" ("his Nepalese and
        Bhutanese counterparts": each country's)."""
        tokens = self.tokens
        if end + 2 < len(tokens) and tokens[end].key == "and" and tokens[end + 1].is_capitalised:
            end += 2
        return end < len(tokens) and tokens[end].key in COUNTERPART_WORDS

    def of_pronouns_gender(self, pronoun: str, actor: str | None) -> str | None:
        """ "He" cannot mean Susan Ryle: the latest person named who may be "he"."""
        wanted = PRONOUN_GENDERS.get(pronoun.lower())
        if not wanted or self.gender(actor) in (None, wanted):
            return actor
        fits = [p for p in self.seen if self.gender(p) in (None, wanted)]
        return fits[-1] if fits else actor

    def gender(self, actor: str | None) -> str | None:
        found = self.res.actors.get(actor or "")
        if not found or found.type != "Official" or self.lang != "en":
            return None
        genders = load_lexicon("en").genders
        words = found.name.split()
        return genders.get(" ".join(words[:2])) or genders.get(words[0]) if words else None

    def delegation_case(self, k: int) -> str:
        """The role of "বাংলাদেশ প্রতিনিধিদলের" read from the delegation word at k: with whom
        before সঙ্গে, else a genitive ("প্রতিনিধিদলের কক্ষে এসে": where, not who)."""
        after = self.tokens[k + 1].text if k + 1 < len(self.tokens) else ""
        if after in WITH_WORDS:
            return "with"
        if after.startswith(BN_LEADING):
            return ""  # "বাংলাদেশ প্রতিনিধিদলের নেতৃত্ব দেন X": the side X leads
        if self.words.get(k + 1) == "to":
            return "to"  # "ভারতীয় প্রতিনিধিদলের কাছে"
        suffix = self.tokens[k].suffix.lstrip("-")
        if suffix == "কে":
            return "to"  # "ভারতীয় প্রতিনিধিদলকে ... অনুরোধ জানান"
        return "genitive" if suffix in BN_GENITIVE_ENDINGS else ""

    def plural_case(self, end: int) -> str:
        """The role of a Bengali demonym before a plural noun in -দের ("জাপানি
        বিনিয়োগকারীদের"): with when সঙ্গে follows, else whom the act is for."""
        following = [t.text for t in self.tokens[end : end + 2]]
        if self.lang != "bn" or not following or not following[0].endswith(PLURAL_OBLIQUE):
            return ""
        if not self.tokens[end - 1].text.endswith(DEMONYM_VOWELS):
            return ""  # "বৈঠকে যুক্তরাষ্ট্র রোহিঙ্গাদের ... দেওয়ার ঘোষণা দেয়": the country acts
        after = following[1] if following[1:] else ""
        if after in WITH_WORDS:
            return "with"
        # "জাপান রোহিঙ্গাদের জন্য ...": the plural is governed by its own postposition.
        return "" if after in PLURAL_POSTPOSITIONS else "to"

    def members_case(self, end: int) -> str:
        """ "কোস্টগার্ডের সদস্যদের জন্য": a body in the genitive before its people, for whom
        something is done, is the one it is done for."""
        following = [t for t in self.tokens[end : end + 2]]
        if self.lang != "bn" or len(following) < 2:
            return ""
        plural = following[0].text.endswith(PLURAL_OBLIQUE)
        if following[0].key in BN_MEMBER_WORDS and following[1].text.endswith("কে"):
            return "to"  # "ওআইসির সদস্য দেশগুলোকে ... আহ্বান": the body's members are asked
        return "for" if plural and following[1].key in BENEFICIARY_WORDS else ""

    def benefit_case(self, end: int) -> str:
        """ "বাংলাদেশ পুলিশের সক্ষমতা বাড়াতে": a body whose capacity is to grow is helped."""
        after = self.tokens[end].key if end < len(self.tokens) else ""
        return "for" if self.lang == "bn" and after in BENEFIT_NOUNS else ""

    def bracketed_case(self, start: int, end: int) -> str:
        """ "... ইনভেস্টিগেশনের (এফবিআই) সহযোগিতা": an acronym in brackets takes the case of
        the name it glosses."""
        tokens = self.tokens
        if self.lang != "bn" or end >= len(tokens):
            return ""
        if tokens[end - 1].text == ")":  # the name and its acronym read as one mention
            opening = [k for k in range(start, end) if tokens[k].text == "("]
            named, after = (opening[-1] - 1 if opening else start), end
        elif start >= 2 and tokens[start - 1].text == "(" and tokens[end].text == ")":
            named, after = start - 2, end + 1
        else:
            return ""
        genitive = named >= start - 2 and tokens[named].text.endswith("র")
        if genitive and help_at(tokens, after):
            return "to"
        # "ইসলামী সহযোগিতা সংস্থার (ওআইসি) ... সম্মেলনের ফাঁকে": whose, not who
        return "genitive" if genitive else ""

    def at_place(self, end: int) -> bool:
        """A Bengali body named before a building in the locative ("সদর দপ্তরে") is a place."""
        if self.lang != "bn":
            return False
        last = end
        while last < len(self.tokens) and self.words.get(last) in ("place", "office"):
            last += 1
        return last > end and self.tokens[last - 1].suffix.lstrip("-") in LOCATIVE_ENDINGS

    def bn_case(self, end: int, text: str) -> str:
        """The role of a Bengali reference read whole ("দেশটির", "দেশটিকে"): -কে, or a genitive
        before সহযোগিতা/সহায়তা, marks the one asked or given to."""
        if self.lang != "bn":
            return ""
        genitive_of_help = text.endswith("র") and help_at(self.tokens, end)
        return "to" if text.endswith("কে") or genitive_of_help else ""

    def not_of_targets(self, source: str, targets: list[str]) -> str:
        """ "He sought China's help" after a Chinese envoy met him: "he" is the host."""
        country = self.country_of(source)
        if country and all(self.country_of(t) == country for t in targets):
            return self.latest_other_than(country) or source
        return source

    def latest_other_than(self, country: str | None) -> str | None:
        """The official named last who is not of `country`."""
        others = [p for p in self.seen if self.country_of(p) != country]
        return others[-1] if others and country else None

    def update_focus(self, args: list[_Arg], reading: Reading) -> None:
        people = [
            a
            for a in args
            if not a.actor.startswith("@") and self.res.actors[a.actor].type == "Official"
        ]
        for a in people:
            if a.kind != "pronoun":
                self.seen = [p for p in self.seen if p != a.actor] + [a.actor]
        subjects = [a for a in people if not a.marker and not a.possessive]
        if self.lang == "bn":
            subjects = subjects[-1:]  # the verb comes last: the subject nearest it leads
        if subjects:
            self.topic = subjects[0].actor
        if "speech" in reading.words.values() and subjects:
            self.speaker = subjects[0].actor

    def concrete(self, arg: _Arg, source: str | None, args: list[_Arg]) -> list[str]:
        """The actors a reference stands for, given the cue's source."""
        if not arg.actor.startswith("@"):
            return [arg.actor]
        if arg.kind == "group":
            return self.group(arg, args)
        if arg.kind == "government":
            # "মালদ্বীপে কর্মরত ... দেশটির সরকারকে": the country the sentence named before it
            own = self.country_of(source) if source else None
            told = [
                a.actor
                for a in args
                if a.kind == "country" and a.end <= arg.start and self.country_of(a.actor) != own
            ]
            if told:
                return told[-1:]
            other = self.res.counterpart(source)
            iso = self.country_of(other) if other else None
            found = self.res.country_actor(iso) or other
            return [found] if found else []
        # An object pronoun: someone else in the sentence, the person in focus, or the other side.
        # ("During his stay, X called on Y and invited him": "his" owns, "him" is Y.)
        named = [
            a for a in args
            if not a.actor.startswith("@") and not (a.kind == "pronoun" and a.possessive)
        ]  # fmt: skip
        for candidate in [a.actor for a in self.officials_in(named)] + [self.topic]:
            if (
                candidate
                and candidate != source
                and self.country_of(candidate) != self.country_of(source)
            ):
                return [candidate]
        other = self.res.counterpart(source)
        return [other] if other else []

    def group(self, arg: _Arg, args: list[_Arg]) -> list[str]:
        """What "both sides" means: the two parties named before it, else the principals."""
        if arg.sides:
            people = [self.res.principal.get(self.country_of(c) or "") for c in arg.sides]
            if all(p and self.res.actors[p].type == "Official" for p in people):
                return [p for p in people if p]
            return list(arg.sides)
        if BODY_PLURALS.intersection(arg.text.split()):
            # "the two agencies": the last two bodies named up to here
            named_bodies = [
                am.actor
                for sentence in self.res.sentences[: self.index + 1]
                for am in sentence
                if am.actor  # (a body named in an officer's title counts: "UNFPA Representative")
                and (am.mention.start < arg.start or sentence is not self.res.sentences[self.index])
                and self.res.actors[am.actor].type == "Agency"
            ]
            bodies = list(dict.fromkeys(reversed(named_bodies)))[:2]
            if len(bodies) == 2:
                return bodies[::-1]
        before = [a for a in args if a.end <= arg.start and not a.actor.startswith("@")]
        # "ঢাকা-কাঠমান্ডু রুটে ... দুই পক্ষ একমত": places named in a Bengali clause are no parties.
        for named in (self.officials_in(before), before if self.lang == "en" else []):
            parties = list(dict.fromkeys(a.actor for a in named))
            if len(parties) >= 2 and len({self.country_of(p) for p in parties[:2]}) == 2:
                return parties[:2]
        # "the two countries" are countries; "তাঁরা দুই দেশের মধ্যে" (they, between the two
        # countries) are still the people.
        they = arg.text.split()[0] in GROUP_PRONOUNS if arg.text else False
        # "বৈঠকে দুই দেশ ... একমত হয়": at the meeting, the two countries are the people in it.
        at_meeting = arg.start > 0 and self.tokens[arg.start - 1].text.startswith(BN_MEETING_STEMS)
        met = self.last_meeting or ()
        if at_meeting and met and all(self.res.actors[p].type == "Official" for p in met):
            return list(met)
        if any(word in arg.text for word in COUNTRY_WORDS) and not they:
            between_people = bool(met) and all(self.res.actors[p].type == "Official" for p in met)
            # "১৯৯৬ সালে দুই দেশের মধ্যে চুক্তি সই হয়েছিল": a year names a past deal of the
            # countries; otherwise "দুই দেশ ... একমত হয়েছে" after a meeting is its people's
            dated = any(t.key in BN_YEAR_WORDS for t in self.tokens)
            if self.lang == "bn" and between_people and not dated:
                return list(met)
            return [c for c in (self.res.country_actor(iso) for iso in self.res.sides) if c]
        # "the two ministers agreed to hold consultations between Bangladesh and Brunei":
        # of several meetings told, the one between the countries the sentence names.
        sides = {
            am.mention.country
            for am in self.res.sentences[self.index]
            if am.mention.kind == "country" and not am.mention.inside
        }
        if len(sides) == 2:
            between = [m for m in self.meetings if {self.country_of(p) for p in m} == sides]
            if between:
                return list(between[-1])
        if self.last_meeting:
            return list(self.last_meeting)  # "At the meeting, the two ministers agreed"
        return [p for p in (self.res.principal.get(iso) for iso in self.res.sides) if p]

    def speakers_before(self, arg: _Arg, before: list[_Arg]) -> list[str]:
        """The actors that open the sentence and say what "they" (arg) do, a verb of saying
        between them and the pronoun: "X ও Y জানিয়েছে, তারা ...", "X and Y said they"."""
        said = [i for i in range(arg.start) if self.words.get(i) == "speech"]
        if not said:
            return []
        speakers = [a for a in before if a.end <= said[-1] and a.marker == ""]
        if len(speakers) != len([a for a in before if a.end <= said[-1]]):
            return []  # someone else named in their clause ("X told Y they ...")
        if any(a.start > said[-1] for a in before):
            return []
        return list(dict.fromkeys(a.actor for a in speakers))

    # -- cues ---------------------------------------------------------------------------------
    def blocked(self, reading: Reading, start: int, end: int, cue: Cue) -> bool:
        """The event is negated, hoped for, or (a meeting) still to come."""
        words = reading.words
        kinds = {words.get(i) for i in range(max(0, start - NEGATION_WINDOW), start)}
        # A hope earlier in the sentence holds its own clause only ("mills were keen to buy
        # jute, and expressed readiness to supply fertiliser": the offer stands).
        hopes = [i for i in range(start) if words.get(i) == "hope"]
        # ("was keen to see a draft ... and requested Madrid to ...": the hope is the first
        # verb's, the request after it stands)
        own_verb = hopes and any(
            hopes[-1] < e <= start
            and s < start
            and "and" in [t.key for t in reading.tokens[e:start]]
            for s, e, _, _ in reading.cues
        )
        if (
            hopes
            and not (self.lang == "en" and own_verb)
            and (self.lang == "bn" or not self.clause_break(reading, hopes[-1], start))
        ):
            kinds.add("hope")
        # "but no supply agreement with any country has been signed": "no" on the event's noun.
        # ("No Rohingya has returned under the deal Dhaka signed": Dhaka's signing stands.)
        nos = [i for i in range(start) if reading.tokens[i].key == "no"]
        if (
            self.lang == "en"
            and nos
            and not any(nos[-1] < m.start and m.end == start for m in reading.mentions)
            and not self.clause_break(reading, nos[-1], start)
        ):
            kinds.add("negation")
        tokens = reading.tokens
        if (
            self.lang == "bn"
            and cue.type == "MET"
            and (
                (start > 0 and tokens[start - 1].key in BN_MEETING_TO_COME)
                or any(t.key in BN_MEETING_TO_COME for t in tokens[end : end + 3])
            )
        ):
            return True  # "পরবর্তী বৈঠক অক্টোবরে ঢাকায় আয়োজনের": a meeting to be held
        if self.lang == "bn" and cue.type == "OFFERED":
            # "বাংলাদেশ চাইলে জাপান আরও ঋণ দিতে প্রস্তুত": an offer on a condition is none yet
            clause_start = max(
                (i + 1 for i in range(start) if reading.tokens[i].key in CONTRAST_WORDS), default=0
            )
            if any(t.text in BN_CONDITIONS for t in reading.tokens[clause_start:start]):
                return True
            # "... কোটা বাড়াতে আগ্রহী, তবে তার আগে ... ফেরত নিতে হবে": what must come first
            following = [t.key for t in reading.tokens[end:]]
            if any(
                following[k] in CONTRAST_WORDS
                and tuple(following[k + 1 : k + 3]) in BN_PRECONDITIONS
                for k in range(len(following))
            ):
                return True
        if self.lang == "bn":
            # A negation blocks its own clause: "সাক্ষাৎ করেন, তবে কোনো চুক্তি সই হয়নি";
            # "আশ্বাস দেন যে সহায়তা কমবে না" assures of what will not happen.
            clause_end = next(
                (
                    i
                    for i in range(end, len(reading.tokens))
                    if reading.tokens[i].key in CONTRAST_WORDS
                    or reading.tokens[i].key in BN_COMPLEMENTIZERS
                ),
                len(reading.tokens),
            )
            after = {words.get(i) for i in range(end, clause_end)}
            # A verb negated with -নি ("হয়নি", "করেননি"); "তিনি" (he) is no verb.
            named = {i for m in reading.mentions for i in range(m.start, m.end)}
            tail = [
                t.text
                for i, t in enumerate(reading.tokens[end : end + 3], end)
                if i not in words and i not in named  # "জার্মানি" is no negated verb
            ]
            # "সই করার আশা প্রকাশ করে": the hope follows the verb it is about.
            soon_after = {words.get(i) for i in range(end, min(end + 3, len(reading.tokens)))}
            # "সমঝোতা স্মারক সইয়ের বিষয়েও আলোচনা হয়": a signing talked about, not made.
            of_it = reading.tokens[end - 1].suffix.lstrip("-") in ("এর", "ের", "য়ের", "র")
            about = end < len(reading.tokens) and reading.tokens[end].key in BN_ABOUT
            if cue.type == "AGREED" and of_it and about:
                return True
            hoped = "hope" in kinds or "hope" in soon_after
            off = "called_off" in after
            if "negation" in after or any(t.endswith("নি") for t in tail) or hoped or off:
                return True
            # "প্রধান উপদেষ্টার আসন্ন জাপান সফরের প্রস্তুতি": a visit still to come.
            if cue.pattern == "visit" and any(
                t.key in BN_COMING for t in reading.tokens[max(0, start - 3) : start]
            ):
                return True
            # A meeting still to come: "সাক্ষাৎ করবেন", "আগামী সপ্তাহে ... বৈঠক হবে".
            later = {words.get(i) for i in range(end, min(end + 2, len(reading.tokens)))}
            coming = "future" in later or "future" in {words.get(i) for i in range(start)}
            return cue.type == "MET" and cue.pattern != "present" and coming
        if "negation" in kinds or "hope" in kinds:
            return True
        # "dismissed reports that the two sides had finalised a deal": denied, not done
        denials = [i for i in range(start) if words.get(i) == "denial"]
        if denials and not self.clause_break(reading, denials[-1], start):
            return True
        # "A visit to Dhaka ... has been put off": the event named, then called off.
        # ("invited X to visit Dhaka, but a planned meeting with Y was called off": the
        # invitation stands.)
        if any(
            words.get(i) == "called_off"
            and self.said_of_event(reading, i)
            and not self.clause_break(reading, end, i)
            for i in range(end, len(reading.tokens))
        ):
            return True
        # "X is prepared to mobilise ... if the government completes the reforms": no offer yet.
        tokens = reading.tokens
        # "..., provided the railway completes its tariff review first": a condition too
        conditions = [
            i for i, t in enumerate(tokens[end:], end)
            if t.key in CONDITION_WORDS
            or (t.key == "provided" and self.provided_clause(tokens, i))
            # "on condition that ...", "subject to IMF approval"
            or (t.key == "condition" and tokens[i - 1].key == "on")
            or (t.key == "subject" and tokens[i + 1 : i + 2] and tokens[i + 1].key == "to")
            # "should Bangladesh complete the reforms": an inverted "if"
            or (t.key == "should" and tokens[i + 1 : i + 2] and tokens[i + 1].is_capitalised)
        ]  # fmt: skip
        if cue.type == "OFFERED" and conditions:
            # "... ready to sell rice and would be willing to send a team if Dhaka asked":
            # the condition binds the offer of its own clause.
            return not self.clause_break(reading, end, conditions[0])
        # "... did not commit to any date for the agreement to be signed": still to come
        if cue.type == "AGREED" and [t.key for t in reading.tokens[max(0, start - 2) : start]] == [
            "to",
            "be",
        ]:
            return True
        if cue.type == "OFFERED" and self.announced_nothing(reading, end):
            return True
        # "A meeting with X, which Dhaka had proposed, could not be held": it never took place.
        keys = [t.key for t in reading.tokens]
        denied = [
            i for i in range(end, len(keys))
            if words.get(i) == "negation" and HELD_WORDS & set(keys[i + 1 : i + 4])
        ]  # fmt: skip
        if cue.type == "MET" and denied:
            return True
        # "a yard that meets the Hong Kong Convention": a thing meets a standard, no one a person
        if (
            self.lang == "en"
            and cue.type == "MET"
            and start > 1
            and keys[start - 1] in THING_RELATIVES
            and not any(m.end == start - 1 for m in reading.mentions)
        ):
            return True
        # "Touhid is scheduled to travel to Jeddah tomorrow to meet ...": still to come.
        futures = [i for i in range(start) if words.get(i) == "future"]
        # ("UNICEF will supply vaccines, its representative said after meeting X": the future
        # is what was said; the meeting that followed took place.)
        said = bool(futures) and any(words.get(i) == "speech" for i in range(futures[-1], start))
        # ("Japan will keep up its support, X assured Y when he called on her": the call the
        # time clause tells took place.)
        said = said or (
            bool(futures)
            and any(t.key in CLAUSE_CONJUNCTIONS for t in reading.tokens[futures[-1] : start])
        )
        if futures and not said and not self.clause_break(reading, futures[-1], start):
            kinds.add("future")
        return cue.type == "MET" and "future" in kinds

    def during_meeting(self, start: int) -> bool:
        """The English cue at `start` is a meeting told as the time or place of what the
        sentence's subject did ("... during a meeting with Y", "at a meeting with Y")."""
        keys = [t.key for t in self.tokens[max(0, start - 2) : start]]
        return (
            self.lang == "en"
            and bool(keys)
            and (
                keys[-1] in TIME_PREPOSITIONS
                or (
                    len(keys) == 2
                    and keys[0] in TIME_PREPOSITIONS
                    and (keys[1] in DETERMINERS or keys[1] in INDEFINITE_WORDS)
                )
            )
        )

    def restated(self, reading: Reading, cue: Cue, start: int) -> bool:
        """An English offer or request inside the "that" clause of an earlier one of its kind
        in the sentence restates it ("X assured Y that Japan would send a team")."""
        if self.lang != "en" or cue.type not in ("OFFERED", "REQUESTED"):
            return False
        for _begin, end, other, _ in reading.cues:
            if other.type != cue.type or end > start:
                continue
            keys = [t.key for t in reading.tokens[end:start]]
            if (
                "that" in keys
                and not self.clause_break(reading, end, start)
                and not self.announced_nothing(reading, end)
            ):
                return True
        return False

    def announced_nothing(self, reading: Reading, end: int) -> bool:
        """ "announced the results", "announced that ...": what is announced after the verb
        ending at `end` is no amount or help ("announced $25 million in support" is one)."""
        tokens = reading.tokens
        if self.lang != "en" or tokens[end - 1].key not in ANNOUNCING_VERBS:
            return False
        if tokens[end - 1].key in COMMITTING_VERBS and end >= 2:
            before = tokens[end - 2].key
            if before in PERFECT_AUXILIARIES:
                return False  # "has committed": told as done, whatever follows
            if before not in COMMITTING_LEADS:
                return True
        doing = [t.key for t in tokens[end : end + 2]]
        if len(doing) == 2 and doing[0] == "to" and doing[1].endswith("ing"):
            return False  # "committed to bearing the freight cost": an undertaking
        if end < len(tokens) and tokens[end].key == "that":
            # "announced that Rabat would offer 50 scholarships": the one who announced it
            # offers; "announced that talks would resume" offers nothing
            return not any(c[2].type == "OFFERED" and c[0] > end for c in reading.cues)
        return not any(
            any(ch.isdigit() for ch in t.text) or t.key in OFFER_NOUNS or t.key in AMOUNT_WORDS
            for t in tokens[end : end + ANNOUNCED_REACH]
        )

    @staticmethod
    def provided_clause(tokens: list[Token], i: int) -> bool:
        """ "..., provided the railway completes its review", "provided a plan was agreed
        first": "provided" opening a condition, not the verb ("had provided training")."""
        if tokens[i - 1].text == "," or tokens[i + 1 : i + 2] and tokens[i + 1].key == "that":
            return True
        if tokens[i - 1].key in AUXILIARIES:
            return False  # "had provided", "was provided": the verb
        clause = tokens[i + 1 : i + 8]
        stop = next((n for n, t in enumerate(clause) if t.text == ","), len(clause))
        return any(t.key in PASSIVE_AUXILIARIES for t in clause[1:stop])

    @staticmethod
    def clause_break(reading: Reading, begin: int, end: int) -> bool:
        """Whether a new English clause starts between tokens begin and end: after ";",
        "but", "while", ", and", ", after" or "and" before another verb ("and would")."""
        keys = [t.key for t in reading.tokens[begin:end]]
        for k, key in enumerate(keys):
            if key in CLAUSE_BREAKS:
                return True
            if key in CLAUSE_CONJUNCTIONS and k > 0 and keys[k - 1] == ",":
                return True
            if (
                key == "and"
                and k > 0
                and (keys[k - 1] == "," or keys[k + 1 : k + 2] and keys[k + 1] in CLAUSE_VERBS)
            ):
                return True
        return False

    @staticmethod
    def said_of_event(reading: Reading, i: int) -> bool:
        """ "the visit was postponed", "has been put off": the word is a verb with an
        auxiliary before it, not an adjective ("on deferred payment terms")."""
        before = [t.key for t in reading.tokens[max(0, i - 3) : i]]
        return bool(set(before) & AUXILIARIES) or reading.tokens[i].key in AUXILIARIES

    def read_one(self, index: int, reading: Reading) -> list[Found]:
        """The interactions of one sentence; then the person in focus moves on."""
        self.tokens = reading.tokens
        self.words = reading.words
        self.index = index
        self.subject = None
        self.joint_parties = []
        self.met_here = []
        found: list[Found] = []
        attending: list[Found] = []  # people present: they met, but the meeting is another's
        args = self.args_of(index, reading)
        # A visit word with no place before it ("সঙ্গে সফররত চীনের দূত") is no cue of its
        # own and does not cut the sentence's other cue from its parties.
        cues = [c for c in reading.cues if c[2].pattern != "visit" or self.placed(args, c[0])]
        # "শ্রীলঙ্কা সফররত ... প্রধান X": a visit told in a title is read with the title
        # (visited_in_titles), not as a cue that cuts the sentence before the title's holder.
        titled = {i for m in reading.mentions if m.kind == "person" for i in range(m.start, m.end)}
        cues = [c for c in cues if c[2].pattern != "visit" or c[0] not in titled]
        # "Meeting X on Tuesday, the adviser asked ...": a participle only opens a sentence.
        # "..., meeting X on Wednesday": after a comma it tells the subject's meeting.
        cues = [
            c for c in cues
            if c[2].pattern != "opening" or c[0] == 0 or reading.tokens[c[0] - 1].text == ","
        ]  # fmt: skip
        # "প্রতিনিধিদলে X ও Y ছিলেন": "were" lists people present in a delegation's sentence.
        delegation = any(c[2].pattern == "member" for c in cues) and any(
            t.key in DELEGATION_WORDS and t.suffix.lstrip("-") in LOCATIVE_ENDINGS
            for t in reading.tokens
        )
        cues = [
            (s, e, replace(c, pattern="present"), p) if c.pattern == "member" else (s, e, c, p)
            for s, e, c, p in cues
            if c.pattern != "member" or delegation
        ]
        # People present attend someone else's meeting: its other cues are not theirs. "X,
        # accompanied by Y, met Z" still tells X's meeting.
        has_present = any(c[2].pattern == "present" and not c[3].endswith(" by") for c in cues)
        # A cue that tells nothing ("... বৈঠক আয়োজনে সম্মত": a meeting still to come, what
        # was agreed) does not cut the sentence for the cues around it.
        cues = [
            c for c in cues
            if self.lang == "en"
            or c[2].type == "NONE"
            or not (c[2].type == "MET" and self.blocked(reading, *c[:3]))
        ]  # fmt: skip
        for n, (start, end, cue, phrase) in enumerate(cues):
            if cue.type == "NONE":
                continue  # a phrase that looks like a cue and is not ("asked by reporters")
            if has_present and cue.type == "MET" and cue.pattern != "present":
                # "X was received by Y at the ministry, where Z was also present": X and Y met
                later = [c[0] for c in cues if c[2].pattern == "present" and c[0] > end]
                told = later and any(
                    t.key in RELATIVE_PLACE_WORDS for t in reading.tokens[end : later[0]]
                )
                if not told:
                    continue
            if self.blocked(reading, start, end, cue):
                continue
            prev_end = cues[n - 1][1] if n else 0
            next_start = cues[n + 1][0] if n + 1 < len(cues) else len(reading.tokens)
            span = (start, end, prev_end, next_start)
            keys = [t.key for t in reading.tokens[max(0, start - 2) : start]]
            # "made this request", "এ আহ্বান জানান", "the envoy made the pledge when ..."
            restated = bool(keys) and (
                keys[-1] in RESTATING_WORDS or (keys[-1] == "the" and keys[0] in RESTATING_VERBS)
            )
            for rtype, source, target in self.cue_relations(reading, args, span, cue, phrase):
                source = self.holders.get(source, source)
                target = self.holders.get(target, target)
                named_to = any(
                    a.actor == target and a.marker in ADDRESSEE_MARKS for a in args
                )  # "X-এর কাছে তিনি এ আহ্বান জানান": the one it was made to, named now
                if restated and (rtype, source) in self.told and not named_to:
                    continue  # "তিনি এ আহ্বান জানান": the request already told, not a new one
                earlier = self.told_by_side.get((rtype, self.country_of(source)))
                if (
                    restated
                    and earlier
                    and self.country_of(earlier) != self.country_of(source)
                    # "X ও Y-এর মধ্যে বৈঠকে এ সিদ্ধান্ত হয়": those who decided are named now
                    and rtype not in SYMMETRIC_TYPES
                ):
                    # "China offered Bangladesh help. Envoy X told Adviser Y of this interest":
                    # the envoy's offer is the one told, made to whom it was made.
                    target = earlier
                self.told.add((rtype, source))
                if any(a.actor == target for a in args):
                    # only an addressee the sentence names: one inferred from the other side
                    # yields to whom a restated offer was made
                    self.told_by_side[(rtype, self.country_of(source))] = target
                if (
                    source == target
                    or source not in self.res.actors
                    or target not in self.res.actors
                ):
                    continue
                if self.country_of(source) and self.country_of(source) == self.country_of(target):
                    continue  # bilateral interactions only: one side never meets itself
                signed = rtype == "AGREED" and any(w in phrase for w in SIGNING_WORDS)
                found.append(Found(rtype, source, target, index, signed))
                if rtype == "MET" and cue.pattern != "present":
                    self.joint_parties = [source, target]
                    if self.between_officials(found[-1]):
                        self.met_here.append((source, target))
                if cue.pattern == "present":
                    attending.append(found[-1])
        found += self.visited_in_titles(index, args)
        for start, end, cue, _ in cues:
            if cue.pattern == "presence":
                present = self.in_presence(args, start, end, found)
                attending += present
                found += present
        # Those who attend are not the meeting's parties, whom "the two sides" mean later.
        between_people = [
            f for f in found if f.type == "MET" and f not in attending and self.between_officials(f)
        ]
        # Signatories meet at a signing, a side event: "the two sides" remain the leaders;
        # but people "present" in the next sentence attend the signing.
        if between_people and not any(f.signed for f in found):
            self.last_meeting = (between_people[0].source, between_people[0].target)
            self.meetings.append(self.last_meeting)
            pairs = [(f.source, f.target) for f in between_people]
            # "X called on him, hours before he called on Y": each meeting told is attended
            self.attended += list(dict.fromkeys(pairs))
            self.meeting_people = list(dict.fromkeys(p for pair in pairs for p in pair))
        signings = [f for f in found if f.signed and f.type == "AGREED"]
        # "ইআরডির সচিব X ... সই করেন": the signatories, not the body one of them is of.
        signings.sort(key=lambda f: not self.between_officials(f))
        self.last_signing = (signings[0].source, signings[0].target, index) if signings else None
        if signings and self.between_officials(signings[0]):
            self.attended.append((signings[0].source, signings[0].target))
        self.update_focus(args, reading)
        return found

    def between_officials(self, found: Found) -> bool:
        actors = self.res.actors
        return actors[found.source].type == "Official" and actors[found.target].type == "Official"

    def visited_in_titles(self, index: int, args: list[_Arg]) -> list[Found]:
        """ "জাপান সফররত বাণিজ্য উপদেষ্টা X": a country in a visitor's title that is not
        their own is the country visited."""
        found = []
        for a in args:
            if not a.visiting or a.kind == "pronoun":
                continue
            for am in self.res.sentences[index]:
                m = am.mention
                inside = a.start <= m.start and m.end <= a.end
                if m.kind != "country" or not inside or not am.actor:
                    continue
                if self.country_of(am.actor) != self.country_of(a.actor):
                    found.append(Found("MET", a.actor, am.actor, index))
        return found

    def cue_relations(
        self,
        reading: Reading,
        args: list[_Arg],
        span: tuple[int, int, int, int],
        cue: Cue,
        phrase: str,
    ) -> list[tuple[str, str, str]]:
        start, end, prev_end, next_start = span
        pattern = cue.pattern
        if pattern == "present" and phrase.startswith(WITNESSING):
            return self.witnessed(args, start, end)
        if pattern == "present" and phrase.endswith(" by"):
            # "Flowers, who was accompanied by WHO's X, said ...": X met whom Flowers met
            led = self.source_before(args, start, prev_end)
            met = [p for m in reversed(self.meetings) if led in m for p in m if p != led][:1]
            companions = [a.actor for a in self.officials_in(args) if a.start >= end]
            companions = [c for c in companions if c != led and c not in met]
            if met and companions:
                return [("MET", c, met[0]) for c in companions]
        if pattern == "present":
            return self.present(args, start)
        if pattern == "opening":
            return self.opening(args, end)
        if pattern == "arrival":
            arriving = [a for a in args if a.start >= end and not a.actor.startswith("@")]
            if len(arriving) >= 2:
                return [(cue.type, arriving[0].actor, arriving[1].actor)]
            return []
        if pattern == "welcome" and self.tokens[max(0, start - 1)].key in PASSIVE_AUXILIARIES:
            # "X was received on Monday by a team of the ICRC led by Y": Y received X
            by = next(
                (k for k in range(end, min(end + 5, next_start)) if self.tokens[k].key == "by"),
                None,
            )
            agents = [a for a in args if by is not None and by < a.start < next_start]
            agents = [a for a in agents if not a.actor.startswith("@")]
            leaders = [a for a in self.officials_in(agents) if self.leads(a)]
            host = (leaders or agents)[0].actor if agents else None
            guest = self.source_before(args, start, prev_end)
            return [(cue.type, host, guest)] if host and guest and host != guest else []
        if pattern == "welcome":
            # "welcomed Japan's offer", "welcomed the US support" welcome an offer, not a guest.
            guests = [
                a for a in args
                if end <= a.start <= end + 2 and not a.possessive
                and not self.follows(a, PLACE_WORDS)  # "a release received in Dhaka today"
                and not (a.end < len(self.tokens) and self.tokens[a.end].key in OFFER_NOUNS)
            ]  # fmt: skip
            host = self.source_before(args, start, prev_end)
            return [(cue.type, host, g) for g in self.flatten(guests, host, args)] if host else []
        if pattern == "between":
            # "signed by X on behalf of Bangladesh and Y on behalf of Saudi Arabia": the
            # sides a signatory acts for are no further parties.
            acting = [a for a in args if a.marker != "behalf"]
            parties = self.flatten(self.coordinated_after(acting, end), None, args)
            keys = [t.key for t in self.tokens[:start]]
            if cue.type == "MET" and keys[:1] == ["the"] and DECISION_NOUNS & set(keys[1:3]):
                # "The decision came at a meeting between X and Y": X and Y decided it
                return self.pairwise("MET", parties, phrase) + self.pairwise(
                    "AGREED", parties, phrase
                )
            return self.pairwise(cue.type, parties, phrase)
        if pattern in ("joint", "pair"):
            return self.joint(cue, phrase, args, start, prev_end)
        if pattern == "visit":
            return self.visit(args, start, prev_end)
        if pattern == "leaders":
            return self.side_leaders(args)
        if pattern == "presence":
            return []  # read once the sentence's own event is known (in_presence)
        if phrase in TOLD_STANCES and "speech" not in reading.words.values():
            # "রাষ্ট্রদূত জানান, জাপান ... আগ্রহী": a stance told by a speaker is an offer;
            # untold ("বাংলাদেশ ... আগ্রহী") it is the subject's own wish.
            return []
        if pattern == "marked":
            return self.marked(cue, phrase, args, start, prev_end, next_start)
        if self.restated(reading, cue, start):
            return []  # "assured the adviser that his government would offer ...": one offer
        passive = phrase.endswith(" by") and bool({"was", "were"} & set(phrase.split()))
        # "ADB has also been asked by the Power Division to ...": the auxiliary stands apart;
        # "Bangladesh was promised $500 million by the bank": so may "by"
        by_at = next(
            (k for k in range(end, min(end + 6, len(self.tokens))) if self.tokens[k].key == "by"),
            None,
        )
        passive = passive or (
            by_at is not None
            and not any(t.text == "," or t.key in CLAUSE_BREAKS for t in self.tokens[end:by_at])
            and not any(end <= a.start < by_at for a in args)
            and any(t.key in PASSIVE_AUXILIARIES for t in self.tokens[max(0, start - 2) : start])
        )
        if pattern in ("forward", "call_on") and cue.type != "MET" and passive:
            return self.passive(cue, args, start, end, next_start)  # "request was made by X"
        rtype = cue.type
        source = self.source_before(args, start, prev_end) or self.source_before(args, start, 0)
        antecedent = self.relative_antecedent(args, start)
        if antecedent is not None:
            source = antecedent  # "the adviser met X, who pledged ...": X pledged
        elif self.coordinated_verb(args, start, prev_end) and self.subject:
            # "X met Pope and requested IOM's help", "X called on the adviser and expressed
            # his country's interest in selling ...": X requested, X offered
            source = self.subject
        elif (
            self.lang == "en"
            and prev_end > 0
            and self.tokens[start - 1].text == ","
            and self.subject
            # not the comma closing "X, whom Y met on Monday, assured him"
            and not any(t.key in RELATIVE_WORDS for t in self.tokens[:start])
        ):
            source = self.subject  # "Korean envoy calls on naval chief, offers training slots"
        elif start > 0 and self.tokens[start - 1].key == "and" and self.lang == "en":
            # "Gen Waker thanked Türkiye for its support and requested ...": the sentence's
            # subject does the second verb too, not the object of the first.
            source = (
                self.opening_subject(args, start, reading)
                or self.speaker_going_on(args, start, reading)
                or source
            )
        elif self.during_meeting(start) and self.subject:
            # "X asked the World Bank for support during a meeting with Y": X met Y
            source = self.subject
        subject = [a for a in args if prev_end <= a.start and a.end <= start][-1:]
        if subject and subject[0].kind == "government" and "speech" in reading.words.values():
            # "X told the envoy that the government wants ...": X's government, told by X.
            speakers = [a.actor for a in args if a.end <= subject[0].start and not a.marker]
            source = next((s for s in speakers if not s.startswith("@")), source)
        visit = any(p in phrase for p in VISIT_PHRASES)
        if source and self.pronoun_is_object(args, source, (start, end, next_start), visit):
            source = self.latest_other_than(self.country_of(source)) or source
        self.subject = source
        # "a programme run with the UNDP", "to co-finance projects with the World Bank": a
        # body the thing offered is carried out with is no addressee
        # ("provide the money through UN agencies": a channel; "called for pressure on
        # Myanmar": what the call is about)
        addressable = [
            a for a in args
            if not (
                a.start >= end and (self.with_after(a, RUN_WORDS) or self.partner_after(a, end))
            )
            and not (
                cue.type == "REQUESTED"
                and a.start > end + 1
                and self.tokens[a.start - 1].key in ABOUT_PREPOSITIONS
            )
        ]  # fmt: skip
        if source in self.res.actors:
            # "Liller offered UNDP's technical support to the Department of Environment": the
            # giver's own body owning what is given is no party
            own = (source, self.res.actors[source].agency)
            addressable = [a for a in addressable if not (a.possessive and a.actor in own)]
        targets_args = self.coordinated_after(addressable, end, next_start, self.country_of(source))
        if targets_args and self.lang == "en" and next_start < len(self.tokens):
            # "Denmark has pledged ..., and Norway has committed ...": the actor right before
            # the next verb is its subject, no party to this one
            last = targets_args[-1]
            first, possessed = last.end, last.possessive
            if first < next_start and self.tokens[first].text in ("'", "’"):
                first, possessed = first + 1, True
            if possessed:
                first += 1  # "the two countries' envoys called on": the subject's head noun
            k = last.start - 1
            while k > end and self.tokens[k].key in DETERMINERS:
                k -= 1  # "after the two envoys called on"
            opened = self.tokens[k].key in CLAUSE_OPENERS
            if (
                last.start > end
                and opened
                # (a person of the other side after "and" is still the one addressed: "X
                # said Mexico was keen to ..., and the adviser requested ..."; not after
                # "while": "X told Y that ..., while Weeks announced ...")
                and (last.kind in ("country", "group") or self.tokens[k].key in CLAUSE_BREAKS)
                and self.verb_after(first) >= next_start
            ):
                targets_args = targets_args[:-1]
        agents = [a for a in args if end <= a.start < next_start and self.agent(a)]
        if phrase.startswith(("was ", "were ")) and agents:
            # "was received at the BGB headquarters by its Director General X": X received.
            targets_args = self.coordinated_after(args, agents[0].start, next_start)
        leaders = [a for a in args if targets_args and a.start >= targets_args[-1].end]
        leaders = [a for a in self.officials_in(leaders) if self.leads(a)][:1]
        bodies = {self.country_of(a.actor) for a in targets_args}
        if (
            leaders
            and all(self.res.actors[a.actor].type != "Official" for a in targets_args)
            and self.country_of(leaders[0].actor) in bodies
        ):
            targets_args = leaders  # "met a JICA delegation led by its President X": X
        if phrase in VISIT_PHRASES and targets_args:
            # "During his visit to Tokyo, Adviser X said": the place is visited, X is the visitor.
            place = [a for a in targets_args if a.kind == "country"][:1]
            targets_args = place or targets_args
        after = reading.tokens[end].key if end < len(reading.tokens) else ""
        if pattern == "call_on" and "call" not in phrase and after == "to":
            return []  # "Turkey wants to strengthen ties with X": a wish, no one is asked
        if pattern == "call_on" and targets_args:
            if "to" in [t.key for t in self.tokens[end : targets_args[0].start]]:
                return []  # "called on donors to keep funding until they go back to Myanmar"
            # "called on the Bangladeshi authorities to ...": "to" may follow the head noun.
            after_target = targets_args[-1].end
            keys = [t.key for t in reading.tokens[after_target:]][: CALL_ON_REACH + 1]
            if "," in keys:
                keys = keys[: keys.index(",")]  # "called on X, and the two agreed to ..."
            cue_starts = {c[0] for c in reading.cues}
            joined = [
                n for n, k in enumerate(keys) if k == "and" and after_target + n + 1 in cue_starts
            ]
            if joined:
                keys = keys[: joined[0]]  # "called on X and vowed to continue ...": a new verb
            asks = "to" in keys[:CALL_ON_REACH]
            purpose = keys[keys.index("to") + 1 :][:1] if asks else []
            # "called on the minister to discuss ..." is still a courtesy call.
            rtype = "REQUESTED" if asks and not set(purpose) & CALL_PURPOSES else "MET"
            if rtype == "MET" and "call" not in phrase:
                return []  # "we want peace" asks no one; only a call on someone is a visit
        they = [a for a in args if prev_end <= a.start and a.end <= start][-1:]
        if source is None and they and they[0].kind == "group" and targets_args and they[0].text:
            # "X and Y made the commitment when they called on Z": each of them did
            named = self.group_before(args, they[0].start, 0, sides=False)
            if they[0].text.split()[0].lower() in GROUP_PRONOUNS and len(named) >= 2:
                targets = self.flatten(targets_args, None, args)
                return [(rtype, s, t) for s in named for t in targets if s != t]
        if (
            source is None
            and targets_args
            and not (targets_args[0].kind == "government" and rtype == "REQUESTED")
        ):
            # ("Exporters urged the government to negotiate with Australia": no one named asks)
            # (not one the news is credited to: "according to a statement from the ministry")
            rest = [
                a for a in args
                if a.start >= targets_args[-1].end and not a.actor.startswith("@")
                and a.marker != "according"
                and "according" not in [t.key for t in self.tokens[max(0, a.start - 6) : a.start]]
            ]  # fmt: skip
            source = rest[0].actor if rest else None
        if source is None:
            return []
        joint = self.group_before(args, start, prev_end)
        met_where = [a for a in targets_args if self.tokens[a.start - 1].key not in PLACE_WORDS]
        received = phrase.startswith(("was ", "were ")) and phrase.endswith(" by")
        if rtype == "MET" and received and len(joint) >= 2 and targets_args:
            # "he and the Norwegian envoy were received by Adviser X": each guest met X.
            hosts = self.flatten(targets_args[:1], None, args)
            return [(rtype, guest, host) for guest in joint for host in hosts if guest != host]
        if rtype == "MET" and len(joint) >= 2 and not met_where:
            return self.pairwise(rtype, joint, phrase)  # "X and Y met in Dhaka"
        if rtype == "OFFERED" and len(joint) >= 2:
            named = [a.actor for a in args if a.start >= end and a.actor not in joint]
            named = [a for a in named if not a.startswith("@")]
            # Two parties who "agreed to provide" agreed with each other.
            mutual = {t.key for t in reading.tokens[end : end + 2]} & MUTUAL_WORDS
            if not named and (mutual or "agree" in phrase):
                return self.pairwise("AGREED", joint, phrase)  # "X, Y pledge closer ties"
            # "Dutch, Swiss pledge support": each offers to the other side, not to each other.
            out = []
            for pledger in joint:
                other = named[0] if named else self.other_side(pledger, country=True)
                if other and other not in joint:
                    out.append((rtype, pledger, other))
            return out
        source = self.most_specific_source(source, args, rtype)
        if rtype == "OFFERED" and self.lang == "en":
            # "Grandi pledged that UNHCR would keep pressing ...": the subject of what is
            # pledged is the pledger's side, no addressee
            targets_args = [a for a in targets_args if not self.clause_subject(a, end)]
        targets = self.flatten(targets_args, source, args)
        if source == self.topic and targets:
            source = self.not_of_targets(source, targets)
        targets = [
            t
            for t in targets
            if (self.country_of(t) != self.country_of(source) or not self.country_of(t))
            and t != source  # "ADB has committed ..., its Country Director X told Y": X speaks
            # "McCain pledged that the WFP would keep ...": one's own body is no addressee
            and t != self.res.actors[source].agency
        ]
        if rtype == "OFFERED" and antecedent is None:
            # (one who "pledged" in a relative clause addresses no one the sentence names)
            targets = self.addressee_for(targets, source, args, start)
        if not targets:
            # "We told them that we would help": an actor or object pronoun before the cue.
            before = [
                a for a in args
                if a.end <= start and a.kind not in ("group", "government")
                and not (self.lang == "en" and self.follows(a, PLACE_WORDS))  # "post in Dhaka"
                # "Sweden has pledged ..., and Finland has committed ...": a fellow doer
                and not (
                    self.lang == "en" and rtype == "OFFERED" and self.subject_of_cue(reading, a)
                )
            ]  # fmt: skip
            earlier = [
                actor for actor in self.flatten(before, source, args)
                if actor != source and self.country_of(actor) != self.country_of(source)
            ]  # fmt: skip
            beneficiary = self.offered_to(source, args) if rtype == "OFFERED" else None
            addressed = self.told_by_side.get((rtype, self.country_of(source)))
            if (
                rtype == "OFFERED"
                and addressed in {a.actor for a in args}
                and self.coordinated_verb(args, start, prev_end)
            ):
                # "X assured the adviser that ... and expressed Tokyo's readiness to ...": the
                # second offer, joined to the first, is made to the one the first was made to
                targets = [addressed]
            elif beneficiary and self.res.actors[beneficiary].type == "Country":
                # "met X, who pledged support for Bangladesh's drive": the country it names.
                targets = [beneficiary]
            elif earlier:
                targets = [earlier[-1]]
            elif phrase in PLACELESS_VISITS or not any(p in phrase for p in VISIT_PHRASES):
                # An offer made to nobody named is made to the other side's country.
                visit = phrase in PLACELESS_VISITS
                if rtype == "OFFERED":
                    other = self.offered_to(source, args)
                else:
                    other = self.other_side(source, country=visit)
                targets = [other] if other else []
        out = [(rtype, source, t) for t in targets]
        if rtype == "MET" and self.lang == "en" and not any(p in phrase for p in VISIT_PHRASES):
            # "X met the adviser along with Y and Z": Y and Z met the adviser too
            along = [
                a for a in args
                if a.start >= end and a.marker == "with" and self.with_after(a, ALONG_WORDS)
            ]  # fmt: skip
            keys = [t.key for t in self.tokens]
            # "... along with a trade delegation led by Y": Y met them too
            along = along or [
                a for a in self.officials_in(args)
                if a.start >= end and self.leads(a)
                and any(keys[k : k + 2] == ["along", "with"] for k in range(end, a.start))
            ]  # fmt: skip
            fellows = (
                self.flatten(self.coordinated_after(args, along[0].start), None, args)
                if along
                else []
            )
            # "Ambassador X and High Commissioner Y (separately) called on Z": each met Z
            fellows += self.people_before(args, start, prev_end)
            out += [
                ("MET", f, t) for f in fellows for t in targets
                if f not in (source, t) and self.country_of(f) != self.country_of(t)
            ]  # fmt: skip
        return out

    def agent(self, arg: _Arg) -> bool:
        """The actor follows "by" ("by its Director General X", "by the ministry")."""
        return arg.marker == "by" or self.follows(arg, frozenset({"by"}))

    def leads(self, arg: _Arg) -> bool:
        """ "a delegation led by X": X acts for the delegation."""
        return self.marked_after(arg, "by", LEADING_WORDS)

    def with_after(self, arg: _Arg, words: frozenset[str]) -> bool:
        """ "run with the UNDP" (RUN_WORDS), "along with X" (ALONG_WORDS): "with" and one of
        `words` stand before the actor."""
        return self.marked_after(arg, "with", words)

    def marked_after(self, arg: _Arg, marker: str, words: frozenset[str]) -> bool:
        """`marker` stands before the actor (past "the" or "its"), one of `words` before it."""
        k = self.before_actor(arg)
        return k >= 1 and self.tokens[k].key == marker and self.tokens[k - 1].key in words

    def before_actor(self, arg: _Arg) -> int:
        """The token before the actor, past "the" or "its" (-1 when none)."""
        k = arg.start - 1
        while k >= 0 and self.tokens[k].key in DETERMINERS:
            k -= 1
        return k

    def follows(self, arg: _Arg, words: frozenset[str]) -> bool:
        """The word before the actor, past "the" or "its", is one of `words`."""
        k = self.before_actor(arg)
        return k >= 0 and self.tokens[k].key in words

    def passive(
        self, cue: Cue, args: list[_Arg], start: int, end: int, next_start: int
    ) -> list[tuple[str, str, str]]:
        """ "A request was made by X to Y": the agent follows the cue, the one asked follows
        the agent, or is the subject before the cue ("Japan was requested by X")."""
        after = [a for a in args if end <= a.start < next_start and not a.actor.startswith("@")]
        if not after:
            return []
        source = after[0].actor
        rest = [a.actor for a in after[1:] if self.country_of(a.actor) != self.country_of(source)]
        before = [
            a.actor for a in args
            if a.end <= start and not a.actor.startswith("@") and a.marker not in ROLE_MARKERS
        ]  # fmt: skip
        other = self.other_side(source, country=self.res.actors[source].type == "Country")
        # "Bangladesh was promised $500 million by the bank during talks with X": the subject
        # right before the verb is the one promised, asked or invited
        subject = [
            a.actor for a in args
            if a.end <= start and start - a.end <= 2 and not a.actor.startswith("@")
            and a.marker not in ROLE_MARKERS
        ]  # fmt: skip
        target = subject[-1] if subject else next(iter(rest or before[-1:]), other)
        return [(cue.type, source, target)] if target and target != source else []

    def pronoun_is_object(
        self, args: list[_Arg], source: str, span: tuple[int, int, int], visit: bool
    ) -> bool:
        """ "He asked the envoy": "he" read as the envoy in focus is the one who asked him;
        "he was on his first visit to Vietnam" after a Vietnamese host is the guest."""
        start, end, next_start = span
        pronoun = any(a.kind == "pronoun" and a.actor == source for a in args if a.end <= start)
        first = [a for a in args if end <= a.start < next_start][:1]
        if not pronoun or not first:
            return False
        home = visit and self.country_of(first[0].actor) == self.country_of(source)
        return first[0].actor == source or home

    def addressee_for(
        self, targets: list[str], source: str, args: list[_Arg], start: int
    ) -> list[str]:
        """ "X told Y that China would support Bangladesh": the offer is made to Y, the
        official of the country the support is for who is addressed before the cue."""
        # (bodies of the country too: "told the adviser that Canberra stood ready to train
        # officers of the Department of Fisheries")
        if not targets or any(self.res.actors[t].type == "Official" for t in targets):
            return targets
        bodies = [t for t in targets if self.res.actors[t].type == "Agency"]
        if any(a.actor in bodies and self.follows(a, ADDRESSEE_MARKS) for a in args):
            return targets  # "ready to share its experience with the Department of Shipping"
        countries = {self.country_of(t) for t in targets}
        # "told his counterpart that ...": an object reference is the one addressed.
        # '"...," the ambassador told the adviser': the one told may follow the offer.
        told = [
            a
            for a in args
            if not a.possessive
            and (
                (a.end <= start and not self.met_in_place_clause(a, start))
                or self.follows(a, TELLING_WORDS)
            )
        ]
        told = [a for a in told if a.kind == "object" or not a.actor.startswith("@")]
        addressed = [
            actor
            for actor in self.flatten(told, source, args)
            if actor != source
            and self.res.actors[actor].type == "Official"
            and self.country_of(actor) in countries
        ]
        return addressed[-1:] or targets

    def met_in_place_clause(self, arg: _Arg, start: int) -> bool:
        """ "X called on Y at his residence, where Y expressed readiness to export power to
        Bangladesh": one met before "where" (or "during which") is not whom the offer is told
        to."""
        between = self.tokens[arg.end : start]
        return any(t.key in RELATIVE_PLACE_WORDS for t in between) or any(
            t.key == "which" and k > 0 and between[k - 1].key in EVENT_WHICH
            for k, t in enumerate(between)
        )

    def most_specific_source(self, source: str, args: list[_Arg], rtype: str) -> str:
        """A country speaking through its official named in the same sentence is the official;
        so is a body its official speaks for ("Ichiguchi said JICA stands ready to ..."), but
        not one whose people met others ("Cooke said a team from the NCA had met ...")."""
        kind = self.res.actors[source].type
        speech = "speech" in self.words.values() and rtype != "MET"
        if kind != "Country" and not (kind == "Agency" and speech):
            return source
        iso = self.res.actors[source].country
        people = [
            a.actor for a in self.officials_in([a for a in args if not a.actor.startswith("@")])
        ]
        same = [p for p in people if self.country_of(p) == iso]
        return same[0] if same else source

    def source_before(self, args: list[_Arg], start: int, since: int) -> str | None:
        for a in reversed(args):
            if (
                since <= a.start
                and a.end <= start
                and (a.marker not in ROLE_MARKERS or self.leads(a))
                and a.kind != "government"
            ):
                if a.actor.startswith("@"):
                    if a.kind == "group":
                        return None
                    continue
                if self.qualifies_noun(a):
                    # "The Spanish official expressed ...": the Spanish person named last
                    if self.tokens[a.end].key in OFFICIAL_NOUNS:
                        country = self.country_of(a.actor)
                        latest = [p for p in self.seen if self.country_of(p) == country][-1:]
                        if latest:
                            return latest[0]
                    continue  # "more students were choosing Australian universities and asked"
                if a.kind == "pronoun" and a.possessive:
                    continue  # "the ambassador expressed his country's readiness": he did
                if a.possessive and self.described(a, args):
                    continue  # "X, the chief adviser's high representative, held talks": X
                if self.in_relative_clause(a, start):
                    continue  # "X, who is based in New Delhi, met her": X met her
                if self.lang == "en" and a.kind in PLACED and self.follows(a, PLACE_WORDS):
                    # "took up his post in Dhaka and has since visited ...", "Y, Head of
                    # Cooperation at the Italian Navy General Staff, called on": a place
                    continue
                return a.actor
        return None

    def described(self, arg: _Arg, args: list[_Arg]) -> bool:
        """`arg` owns the title of an apposition to the actor before it ("X, the chief
        adviser's high representative, ...")."""
        k = self.before_actor(arg)
        return k > 0 and self.tokens[k].text == "," and any(a.end == k for a in args)

    def relative_antecedent(self, args: list[_Arg], start: int) -> str | None:
        """Who "who" stands for in "..., X, who pledged ...": the actor right before the comma."""
        if self.lang != "en":
            return None
        k = start - 1
        if k > 0 and self.tokens[k].key in RELATIVE_ADVERBS:
            k -= 1  # "who also pledged"
        if k < 1 or self.tokens[k].key != "who" or self.tokens[k - 1].text != ",":
            return None
        before = [a for a in args if a.end == k - 1 and not a.actor.startswith("@")]
        return before[-1].actor if before else None

    def opening_subject(self, args: list[_Arg], start: int, reading: Reading) -> str | None:
        """The actor that opens the sentence (after titles and honorifics) when one clause,
        with no reported speech, runs from it to `start`."""
        first = next((a for a in args if not a.actor.startswith("@")), None)
        if first is None or first.marker or first.possessive or first.end >= start:
            return None
        if not all(t.is_capitalised for t in self.tokens[: first.start]):
            return None
        # ", and asked ...": the comma before the "and" joins the verbs, it opens no clause.
        comma_and = start >= 2 and self.tokens[start - 2].text == ","
        clause = range(first.end, start - 2 if comma_and else start)
        if any(
            self.tokens[k].text in (",", ";") or reading.words.get(k) == "speech" for k in clause
        ):
            return None
        return first.actor

    def speaker_going_on(self, args: list[_Arg], start: int, reading: Reading) -> str | None:
        """ "X said Japan would remain ... and pledged support": a past verb after "and" goes
        on from the one who said, not from the clause told with a modal."""
        said = [k for k in range(start) if reading.words.get(k) == "speech"]
        if not said or not self.tokens[start].key.endswith("ed"):
            return None
        if not any(self.tokens[k].key in MODAL_WORDS for k in range(said[0] + 1, start)):
            return None
        speakers = [
            a for a in args
            if a.end <= said[0] and not a.marker and not a.possessive
            and not a.actor.startswith("@")
        ]  # fmt: skip
        return speakers[-1].actor if speakers else None

    def in_relative_clause(self, arg: _Arg, start: int) -> bool:
        """Whether `arg` lies in ", who ... ," or a participle's ", welcoming ... ," closed
        before `start`."""
        tokens = self.tokens
        k = arg.start - 1
        while k > 0 and tokens[k].text != ",":
            if tokens[k].key in RELATIVE_WORDS:
                opened = tokens[k - 1].text == ","
                return opened and any(t.text == "," for t in tokens[arg.end : start])
            k -= 1
        participle = (
            self.lang == "en"
            and 0 < k < arg.start - 1
            and tokens[k].text == ","
            and tokens[k + 1].text.islower()
            and tokens[k + 1].text.endswith("ing")
        )
        return participle and any(t.text == "," for t in tokens[arg.end : start])

    def qualifies_noun(self, arg: _Arg) -> bool:
        """An English demonym before a common noun ("Australian universities") describes it."""
        if self.lang != "en" or arg.kind != "country" or arg.end >= len(self.tokens):
            return False
        written = " ".join(t.text for t in self.tokens[arg.start : arg.end])
        demonym = written.endswith(DEMONYM_ENDINGS) and written != self.res.actors[arg.actor].name
        after = self.tokens[arg.end]
        lower_noun = after.text.isalpha() and after.text.islower()
        return demonym and lower_noun and after.key not in CONNECTORS

    def subject_of_cue(self, reading: Reading, arg: _Arg) -> bool:
        """`arg` stands right before an offer's verb, past auxiliaries and adverbs: it is the
        subject of that offer ("Sweden has pledged")."""
        k = self.verb_after(arg.end)
        return any(s == k and cue.type == "OFFERED" for s, _, cue, _ in reading.cues)

    def verb_after(self, k: int) -> int:
        """Where a verb may start from token k on, past auxiliaries and adverbs ("has also")."""
        while k < len(self.tokens) and (
            self.tokens[k].key in AUXILIARIES or self.tokens[k].key in ADVERB_WORDS
        ):
            k += 1
        return k

    def clause_subject(self, arg: _Arg, end: int) -> bool:
        """`arg` opens the "that" clause after the verb ending at `end` as its subject, a
        modal or auxiliary right after it ("pledged that UNHCR would ...")."""
        between = [t.key for t in self.tokens[end : arg.start]]
        after = self.tokens[arg.end].key if arg.end < len(self.tokens) else ""
        opened = bool(between) and between[0] == "that" and set(between[1:]) <= DETERMINERS
        # ("assured that his navy would ...": a body told by reference is left to the reader)
        named = arg.kind in ("agency", "country", "person", "name")
        return opened and named and (after in MODAL_WORDS or after in AUXILIARIES)

    def coordinated_after(
        self, args: list[_Arg], end: int, limit: int | None = None, side: str | None = None
    ) -> list[_Arg]:
        """The first actor after `end` not on `side`, and those joined to it by "and" or commas."""
        after = [a for a in args if a.start >= end and (limit is None or a.start < limit)]
        while after and side and self.country_of(after[0].actor) == side:
            after = after[1:]
        if not after:
            return []
        if after[0].kind == "object" and len(after) > 1 and self.bracketed(after[0], after[1]):
            after = after[1:]  # "them [China]": the name the writer added
        chosen = [after[0]]
        reading_tokens = self.tokens
        for a in after[1:]:
            if a.kind == "group":
                break  # "called on the adviser, and the two agreed": a new clause's subject
            gap = chosen[-1].end
            close = self.apposition_end(gap)
            if close is not None and a.start < close:
                continue  # "X, commandant of the Bangladesh Naval Academy, and Y": X's post
            between = self.without_relative(reading_tokens[close or gap : a.start])
            if all(t.key in CONNECTORS for t in self.without_behalf(between)):
                chosen.append(a)
            else:
                break
        return chosen

    def apposition_end(self, k: int) -> int | None:
        """The comma closing a post set off after a name at token k (", commandant of the
        X Academy,", or "of the X Academy," after a name read with its post): a lower-case
        word opens it; None when there is none."""
        tokens = self.tokens
        if k + 1 >= len(tokens) or not tokens[k + 1].text[0].islower():
            return None
        opening = tokens[k].text == "," and tokens[k + 1].key not in CONNECTORS
        if not (opening or tokens[k].key == "of") or tokens[k + 1].key in RELATIVE_WORDS:
            return None
        return next(
            (n for n in range(k + 1, min(k + 16, len(tokens))) if tokens[n].text == ","), None
        )

    def without_behalf(self, tokens: list[Token]) -> list[Token]:
        """Tokens without an "on behalf of <side>" phrase among them."""
        keys = [t.key for t in tokens]
        if "behalf" not in keys:
            return tokens
        cut = keys.index("behalf")
        # the phrase runs to the next connector that may join the next party
        rest = next((i for i in range(cut, len(keys)) if keys[i] in ("and", ",")), len(keys))
        return tokens[: max(0, cut - 1)] + tokens[rest:]

    def without_relative(self, tokens: list[Token]) -> list[Token]:
        """Tokens without a relative clause set off by commas (", who is also ..., and")."""
        keys = [t.key for t in tokens]
        for n, key in enumerate(keys[:-1]):
            if key == "," and keys[n + 1] in RELATIVE_WORDS and "," in keys[n + 2 :]:
                close = keys.index(",", n + 2)
                return tokens[:n] + tokens[close:]
        return tokens

    def bracketed(self, first: _Arg, second: _Arg) -> bool:
        between = [t.text for t in self.tokens[first.end : second.start]]
        return between in (["["], ["("])

    def flatten(self, items: list[_Arg], source: str | None, args: list[_Arg]) -> list[str]:
        out: list[str] = []
        for a in items:
            for actor in self.concrete(a, source, args):
                if actor not in out:
                    out.append(actor)
        return out

    def pairwise(self, rtype: str, parties: list[str], phrase: str) -> list[tuple[str, str, str]]:
        pairs = [(rtype, a, b) for a, b in combinations(parties, 2)]
        # "In a third meeting, X and Y agreed": who agreed at a meeting met there.
        at_meeting = any(t.key in MEETING_NOUNS for t in self.tokens)
        if rtype == "AGREED" and (at_meeting or any(w in phrase for w in SIGNING_WORDS)):
            pairs += [
                ("MET", a, b) for a, b in combinations(parties, 2)
                if self.res.actors[a].type != "Country" and self.res.actors[b].type != "Country"
            ]  # fmt: skip
        return pairs

    def group_before(
        self, args: list[_Arg], start: int, prev_end: int, sides: bool = True
    ) -> list[str]:
        """Two or more named actors joined by "and" or commas right before the cue (each of
        another side, unless `sides` is false)."""
        before = [a for a in args if prev_end <= a.start and a.end <= start]
        if not before or before[-1].actor.startswith("@"):
            return []
        group = [before[-1]]
        for a in reversed(before[:-1]):
            between = self.without_relative(self.tokens[a.end : group[-1].start])
            if (
                a.actor.startswith("@")
                or a.marker in ROLE_MARKERS
                or not all(t.key in CONNECTORS for t in between)
                # "... support for energy in Bangladesh, and JICA is ready": a place
                or (a.start > 0 and self.tokens[a.start - 1].key in PLACE_WORDS)
            ):
                break
            group.append(a)
        actors = list(dict.fromkeys(a.actor for a in reversed(group)))
        if not sides:
            return actors
        return actors if len({self.country_of(a) for a in actors}) == len(actors) else []

    def people_before(self, args: list[_Arg], start: int, prev_end: int) -> list[str]:
        """Two or more people joined by "and" or commas right before the cue, the subjects of
        its verb: not one in the genitive, of a place or in a relative clause."""
        group: list[_Arg] = []
        for a in reversed([a for a in args if prev_end <= a.start and a.end <= start]):
            between = self.tokens[a.end : group[-1].start] if group else []
            if (
                a.actor.startswith("@")
                or self.res.actors[a.actor].type != "Official"
                or a.marker in ROLE_MARKERS
                or a.possessive
                or not all(t.key in CONNECTORS and t.key not in DETERMINERS for t in between)
                or (a.start > 0 and self.tokens[a.start - 1].key in PLACE_WORDS)
                or self.in_relative_clause(a, start)
            ):
                break
            group.append(a)
        return [a.actor for a in group] if len(group) >= 2 else []

    def joint(
        self, cue: Cue, phrase: str, args: list[_Arg], start: int, prev_end: int
    ) -> list[tuple[str, str, str]]:
        before = [
            a for a in args if prev_end <= a.start and a.end <= start and a.marker not in ("from",)
        ]
        if self.lang == "bn":
            # "ভারতের পক্ষে নেতৃত্ব দেন": the side one acts for is no party of its own
            before = [a for a in before if a.marker not in ("locative", "from", "behalf")]
            if before and before[0].kind == "group" and before[0].marker == "":
                # "বৈঠকে দুই দেশ ভারতের ভূখণ্ড ব্যবহার করে ... একমত হয়": the two agree;
                # countries named after them are what they agreed on.
                before = before[:1]
        group: list[_Arg] = []
        for a in reversed(before):
            if not group:
                group.append(a)
                if a.kind == "group":
                    break  # "According to the ministry in Male, the two ministers agreed"
                continue
            between = self.without_relative(self.tokens[a.end : group[-1].start])
            if all(
                t.key in CONNECTORS or t.key in ("মধ্যে", "প্রতিনিধিরা", "representatives")
                for t in between
            ):
                group.append(a)
            elif self.lang == "bn":
                continue
            else:
                break
        parties = self.flatten(list(reversed(group)), None, args)
        earlier = self.signer_before_while(args, group, start) if cue.type == "AGREED" else None
        if earlier and parties and earlier not in parties:
            # "X signed the deal for the government, while Y and Z signed for their banks":
            # each of them signed with X, not with each other.
            return [r for p in parties for r in self.pairwise(cue.type, [earlier, p], phrase)]
        agents = [a for a in args if a.start >= start and self.agent(a)]
        passive = phrase.startswith(("was ", "were ")) or any(
            t.key in PASSIVE_AUXILIARIES for t in self.tokens[max(0, start - 2) : start]
        )
        if cue.pattern == "pair" and passive and not agents:
            return []  # "A direct flight between Dhaka and Tashkent was also discussed"
        if len(parties) < 2 and passive and agents:
            # "The deal was signed in Doha by Minister X and IOM chief Y", "was inked in
            # Kathmandu on Thursday by X and Y": the agents follow.
            acting = [a for a in args if a.marker != "behalf"]
            parties = self.flatten(self.coordinated_after(acting, agents[0].start), None, args)
        if len(parties) < 2 and self.lang == "bn":
            # "ERD সচিব X এবং জাইকার বাংলাদেশ কার্যালয়ের প্রধান প্রতিনিধি Y ... সই করেন": each
            # party's title phrase holds bodies of its own, so the parties are the unmarked
            # people of two sides before the verb.
            signed = cue.type == "AGREED"
            parties = self.one_per_side(self.officials_in(before), bodies=signed) or parties
        if len(parties) < 2 and self.lang == "bn":
            # The verb may come first: "... একমত হয় উভয় পক্ষ" (both sides agreed), "স্মারকে সই
            # করেন সচিব X এবং রাষ্ট্রদূত Y" (X and Y signed).
            after = [a for a in args if a.start >= start and a.kind == "group"]
            parties = self.flatten(after[:1], None, args) or parties
            post_verbal = [a for a in self.officials_in(args) if a.start >= start and not a.marker]
            first = post_verbal[0] if post_verbal else None
            joined = [first.actor] + self.joined(first, args, after=True) if first else []
            if len(parties) < 2 and len(joined) >= 2:
                parties = joined
        if len(parties) < 2 and self.lang == "bn" and any(w in phrase for w in BN_LEADING):
            # "সভায় পোল্যান্ডের পক্ষে নেতৃত্ব দেন দেশটির উপমন্ত্রী X": who led one side met
            # the other side's leader.
            subjects = self.officials_in([a for a in args if a.marker == ""])
            leading = self.one_per_side(subjects) or [a.actor for a in subjects[:1]]
            other = self.res.counterpart(leading[0]) if len(leading) == 1 else None
            leading += [other] if other else []
            parties = leading if len(leading) == 2 else parties
        if len(parties) == 1:
            # "signed ..., along with X": X was there, not the one signed with
            partner = [
                a for a in args
                if a.marker == "with" and a.actor not in parties and not a.actor.startswith("@")
                and not self.with_after(a, ALONG_WORDS)
            ]  # fmt: skip
            if partner:
                parties.append(partner[0].actor)
        # One named party that is a person or a body agreed with the other side.
        alone = group[0].actor if len(group) == 1 else "@"
        alone_acts = not alone.startswith("@") and self.res.actors[alone].type != "Country"
        if (
            len(parties) < 2
            and alone_acts
            and self.lang == "en"
            and cue.pattern == "joint"
            and not self.signed_while_after(start)
        ):
            other = self.res.counterpart(alone)
            if other:
                parties.append(other)
        told_before = [
            a for a in args if prev_end <= a.start and a.end <= start and a.marker != "locative"
        ]  # "মার্চে মালেতে সই হবে বলে বৈঠকে সিদ্ধান্ত হয়": a place is no party
        people = self.joint_parties and all(
            self.res.actors[p].type == "Official" for p in self.joint_parties
        )
        if len(parties) < 2 and not told_before and len(self.joint_parties) >= 2 and people:
            # "X-এর সঙ্গে Y-এর বৈঠকে এ বিষয়ে সমঝোতা হয়": agreed at the meeting just told.
            parties = list(self.joint_parties)
        at_meeting = any(
            t.text.startswith(BN_MEETING_STEMS) and t.suffix.lstrip("-") in LOCATIVE_ENDINGS
            for t in self.tokens[max(0, start - 2) : start]
        )
        met = self.last_meeting or ()
        if len(parties) < 2 and not told_before and at_meeting and self.lang == "bn" and met:
            # "... সই হবে বলে বৈঠকে সিদ্ধান্ত হয়": decided by the meeting's parties
            parties = list(met)
        if (
            len(parties) < 2
            and self.lang == "bn"
            and 0 < prev_end < start
            and self.tokens[prev_end].key in BN_CONJUNCTIONS
            and len(self.joint_parties) >= 2
            and not [a for a in before if a.marker == "" and not a.actor.startswith("@")]
        ):
            # "উভয় পক্ষ ... আলোচনা করে এবং ... সম্মত হয়": the second verb has the first's subjects
            parties = list(self.joint_parties)
        if start > 0 and self.tokens[start - 1].key == "and" and len(self.joint_parties) >= 2:
            # "X and Y finalised the terms of a line via India and renewed their deal": the
            # second verb has the first one's subjects, not what lies between.
            parties = list(self.joint_parties)
        parties = list(dict.fromkeys(parties))
        if len(parties) >= 2:
            self.joint_parties = parties
        return self.pairwise(cue.type, parties, phrase) + self.witnesses(parties, phrase, args)

    def witnesses(
        self, parties: list[str], phrase: str, args: list[_Arg]
    ) -> list[tuple[str, str, str]]:
        """ "X and Y signed the deal in presence of Adviser Z": the other people named at a
        signing met the signatory of the other side."""
        if not any(w in phrase for w in SIGNING_WORDS) or len(parties) != 2:
            return []
        people = [a.actor for a in self.officials_in(args) if a.actor not in parties]
        out = []
        for person in dict.fromkeys(people):
            others = [p for p in parties if self.country_of(p) != self.country_of(person)]
            if len(others) == 1 and self.res.actors[others[0]].type == "Official":
                out.append(("MET", person, others[0]))
        return out

    def one_per_side(self, people: list[_Arg], bodies: bool = False) -> list[str]:
        """The first unmarked person of each country, when they are of two or more; with
        `bodies`, an international body's officer is a side of its own (a signatory)."""
        first: dict[str | None, str] = {}
        for a in people:
            country = self.country_of(a.actor)
            if bodies and not country:
                country = self.res.actors[a.actor].agency
            if a.marker == "" and not a.possessive and country and country not in first:
                first[country] = a.actor
        return list(first.values()) if len(first) >= 2 else []

    def in_presence(
        self, args: list[_Arg], start: int, end: int, found: list[Found]
    ) -> list[Found]:
        """ "X and Y signed the deal in the presence of A and B", "A-এর উপস্থিতিতে X ও Y সই
        করেন": A and B met the party of the other side of the event this sentence tells, or
        else of the last one told."""
        told = [(f.source, f.target) for f in found if f.type in ("MET", "AGREED")]
        meeting = told[0] if told else (self.last_signing or self.last_meeting)
        if not meeting:
            return []
        if self.lang == "bn":
            whose = [a for a in args if a.end <= start and a.marker == "genitive"]
        else:
            whose = [a for a in args if a.start >= end]
        out = []
        for a in self.officials_in(whose):
            country = self.country_of(a.actor)
            others = [p for p in meeting[:2] if p != a.actor and self.country_of(p) != country]
            if country and len(others) == 1:
                out.append(Found("MET", a.actor, others[0], self.index))
        return out

    def side_leaders(self, args: list[_Arg]) -> list[tuple[str, str, str]]:
        """ "X led the Bangladesh side, while Y led his country's delegation": the leaders of
        the two sides met."""
        leaders: list[str] = []
        tokens = self.tokens
        for k, tok in enumerate(tokens[:-1]):
            if tok.key in LEADING_WORDS and tokens[k + 1].key in DETERMINERS:
                people = [a.actor for a in self.officials_in(args) if a.end <= k and not a.marker]
                if people and people[-1] not in leaders:
                    leaders.append(people[-1])
            elif tok.key in LEADING_WORDS and tokens[k + 1].key == "by" and k > 0:
                # "..., while the Australian delegation was led by Ms X": X led the other side
                people = [a.actor for a in self.officials_in(args) if a.start > k]
                if people and people[0] not in leaders:
                    leaders.append(people[0])
        sides = {self.country_of(p) for p in leaders[:2]}
        if len(leaders) < 2 or None in sides or len(sides) < 2:
            return []
        return [("MET", leaders[0], leaders[1])]

    def present(self, args: list[_Arg], start: int) -> list[tuple[str, str, str]]:
        out: list[tuple[str, str, str]] = []
        # Those present are not the meeting's own parties: the two met, when the text told a
        # meeting or signing; else each side's principal.
        told = [m for m in (self.last_meeting, self.last_signing) if m]
        principals = set(told[-1][:2]) if told else set(self.res.principal.values())
        # A person of no known side may be of either: whom they met is unknown.
        # (An international body's officer is on the side of a party of that body.)
        colleagues: dict[str, str] = {}
        for a in self.officials_in(args):
            if told and not self.country_of(a.actor):
                body_hosts = [p for p in told[-1][:2] if not self.same_body(p, a.actor)]
                if len(body_hosts) == 1:
                    colleagues[a.actor] = body_hosts[0]
        people = [
            a
            for a in self.officials_in(args)
            if a.actor not in principals and (self.country_of(a.actor) or a.actor in colleagues)
        ]
        # "X and Y were present" lists them before the cue, "Present were X and Y" after it.
        listed = [a for a in people if a.start < start] or [a for a in people if a.start > start]
        several = self.meetings_attended()
        # "A delegation led by X was received by Y ... Z and W were in the delegation": the
        # delegation's people met whom its leader met.
        hosts = [p for p in told[-1][:2] if p != self.delegation_leader] if told else []
        led = bool(told) and self.delegation_leader in told[-1][:2] and len(hosts) == 1
        # "X called on Y at his office, where Z and W were present": they met Y
        here = list(dict.fromkeys(p for pair in self.met_here for p in pair))
        for a in listed:
            if a.actor in colleagues:
                out.append(("MET", a.actor, colleagues[a.actor]))
                continue
            other = self.res.counterpart(a.actor)
            others = self.guests_of_meeting(a.actor) or ([other] if other else [])
            side = self.country_of(a.actor)
            others = [p for p in here if self.country_of(p) != side] or others
            if led and self.country_of(a.actor) != self.country_of(hosts[0]):
                others = hosts  # (the host's own people met the delegation, as before)
            if several:
                side = self.country_of(a.actor)
                hosts = [p for m in self.attended for p in m if self.country_of(p) != side]
                others = list(dict.fromkeys(hosts))[-several:] or others
            out.extend(("MET", a.actor, o) for o in others)
        return out

    def same_body(self, one: str, other: str) -> bool:
        """Two officials of one international body ("UNICEF's Chief of Education" and its
        representative)."""
        body = self.res.actors[other].agency
        return body is not None and self.res.actors[one].agency == body

    def signed_while_after(self, start: int) -> bool:
        """ "X signed the loan for the government, while Y signed for the bank": the other
        signatory is named in the clause after the cue at `start`."""
        tokens = self.tokens
        return any(
            tokens[k].key in CONTRAST_CLAUSES
            and tokens[k - 1].text == ","
            and any(w in t.key for t in tokens[k:] for w in SIGNING_WORDS)
            for k in range(start + 1, len(tokens))
        )

    def signer_before_while(self, args: list[_Arg], group: list[_Arg], start: int) -> str | None:
        """The one who signed in the clause before ", while <group> signed"."""
        if self.lang != "en" or not group:
            return None
        k = self.before_actor(min(group, key=lambda a: a.start))
        if k < 1 or self.tokens[k].key not in CONTRAST_CLAUSES or self.tokens[k - 1].text != ",":
            return None
        signing = [n for n in range(k) if any(w in self.tokens[n].key for w in SIGNING_WORDS)]
        if not signing or len(self.group_before(args, signing[0], 0, sides=False)) > 1:
            return None  # "X and Y inked a loan, while Z and W signed a grant": two pairs
        acting = [a for a in args if a.marker != "behalf"]  # "on behalf of Bangladesh"
        return self.source_before(acting, signing[0], 0)

    def witnessed(self, args: list[_Arg], start: int, end: int) -> list[tuple[str, str, str]]:
        """ "X and Y witnessed the signing of an MoU between A and B": A and B signed; the
        witnesses met those who signed, or, when only bodies signed, each other."""
        between = [a for a in args if a.start >= end and a.marker == "between"][:1]
        signed = (
            self.flatten(self.coordinated_after(args, between[0].start), None, args)
            if between
            else []
        )
        signed = signed if len(signed) >= 2 else []
        out = self.pairwise("AGREED", signed, "signed")
        if not out:
            return self.present(args, start)
        self.last_signing = (signed[0], signed[1], self.index)
        people = [a for a in signed if self.res.actors[a].type == "Official"]
        witnesses = [a.actor for a in self.officials_in(args) if a.end <= start]
        if not people and len(witnesses) == len({self.country_of(w) for w in witnesses}) == 2:
            return out + [("MET", witnesses[0], witnesses[1])]
        return out + self.present(args, start)

    def opening(self, args: list[_Arg], end: int) -> list[tuple[str, str, str]]:
        """ "Meeting X on Tuesday, the adviser asked ...": X met the subject after the comma;
        "X sought help from the ILO, meeting its coordinator Y": Y met the subject before."""
        start = end - 1
        if start > 0:
            subject = [
                a for a in self.officials_in(args) if a.end <= start and not a.marker
            ][:1]  # fmt: skip
            met = [a for a in self.officials_in(args) if a.start >= end][:1]
            if subject and met and subject[0].actor != met[0].actor:
                return [("MET", subject[0].actor, met[0].actor)]
            return []
        comma = next((k for k in range(end, len(self.tokens)) if self.tokens[k].text == ","), None)
        if comma is None:
            return []
        met = [a for a in args if end <= a.start < comma and not a.actor.startswith("@")]
        subject = [a for a in args if a.start > comma and not a.marker and not a.possessive]
        if not met or not subject or subject[0].actor.startswith("@"):
            return []
        return [("MET", subject[0].actor, met[0].actor)]

    def meetings_attended(self) -> int:
        """How many of the last meetings the people present attended: "in both meetings" (2),
        "all three meetings" (3), "all the meetings" (every one told); 0 when not said."""
        keys = [t.key for t in self.tokens]
        for n, key in enumerate(keys[:-1]):
            after = keys[n + 1 :]
            if key in BOTH_WORDS and (
                after[0] in MEETING_PLURALS or self.tokens[n + 1].text.startswith(BN_MEETING_STEMS)
            ):
                return 2  # "in both meetings", "দুটি বৈঠকেই"
            these = self.tokens[n + 1].text.startswith(BN_MEETING_STEMS)
            if key in BN_ALL_THESE and these:
                return len(self.attended)  # "এসব সাক্ষাতে": at every meeting told
            during = n > 0 and keys[n - 1] in DURING_WORDS
            if key == "the" and during and after[0] in SEVERAL_MEETINGS:
                return len(self.attended)  # "accompanied the navy chief during the calls"
            if key != "all":
                continue
            if after[0] == "the":
                after = after[1:]
            if after and after[0] in COUNT_WORDS and after[1:2] and after[1] in MEETING_PLURALS:
                return COUNT_WORDS.index(after[0]) + 2
            if after and after[0] in MEETING_PLURALS:
                return len(self.attended)
        return 0

    def guests_of_meeting(self, person: str) -> list[str]:
        """Whom people present at "the meeting" met: the other side's people of the last
        meeting told ("X met Y and Z ... W was present": W met Y and Z), or the signatory of
        the other side at a signing told just before."""
        if self.last_signing and self.last_signing[2] == self.index - 1:
            guest = self.guest_of_meeting(person, present=True)
            return [guest] if guest else []
        country = self.country_of(person)
        others = [p for p in self.meeting_people if p != person and self.country_of(p) != country]
        return others if len({self.country_of(p) for p in others}) <= 2 else []

    def guest_of_meeting(self, person: str, present: bool = False) -> str | None:
        """Who the last meeting told was with, seen from `person`'s side: people present at
        "the meeting" attend that one (a signing told just before, for people present)."""
        meeting = self.last_meeting
        if present and self.last_signing and self.last_signing[2] == self.index - 1:
            meeting = self.last_signing[:2]
        if not meeting:
            return None
        country = self.country_of(person)
        others = [p for p in meeting if p != person and self.country_of(p) != country]
        return others[0] if len(others) == 1 else None

    def placed(self, args: list[_Arg], start: int) -> bool:
        """A country or capital is named right before `start`."""
        return any(
            a.end <= start and start - a.end <= VISIT_REACH and a.kind == "country" for a in args
        )

    def visit(self, args: list[_Arg], start: int, prev_end: int) -> list[tuple[str, str, str]]:
        if self.posted_after(start):
            return []  # "নয়াদিল্লিতে অবস্থানরত এ রাষ্ট্রদূত": where an envoy sits, no visit
        before = [
            a
            for a in args
            if prev_end <= a.start and a.end <= start and not a.actor.startswith("@")
        ]
        places = [
            a
            for a in before
            if self.res.actors[a.actor].type == "Country"
            and start - a.end <= VISIT_REACH
            # "চীনকে এগিয়ে আসার আহ্বান": one asked to come forward is no place visited
            and not (self.lang == "bn" and a.marker == "to")
        ]
        if not places:
            return []
        place = places[-1]
        # No one visits their own country: "ইশিবার আমন্ত্রণে ... টোকিও গেছেন X" is X's visit.
        visitors = [
            a for a in before
            if a.end <= place.start and a.marker in ("", "genitive")
            and self.country_of(a.actor) != self.country_of(place.actor)
        ]  # fmt: skip
        if not visitors:
            # "টোকিও সফরকালে উপদেষ্টা X ...": the visitor is the subject after the clause.
            visitors = [
                a
                for a in self.officials_in([a for a in args if a.start >= start])
                if a.marker == "" and self.country_of(a.actor) != self.country_of(place.actor)
            ][:1]
        if not visitors:
            return []
        people = self.officials_in(visitors)
        visitor = (people or visitors)[-1]
        if visitor.end <= place.start and self.crowd_between(visitor.end, start):
            return []  # "উপদেষ্টা বলেন, কয়েক লাখ বাংলাদেশি ব্যাংকক যান": people travel, not he
        return [("MET", visitor.actor, place.actor)]

    def posted_after(self, start: int) -> bool:
        """An envoy's title follows the verb of staying, past a demonstrative: the place is
        where the envoy is posted ("নয়াদিল্লিতে অবস্থানরত এ রাষ্ট্রদূত")."""
        k = start + 1
        while k < len(self.tokens) and self.tokens[k].key in RESTATING_WORDS:
            k += 1
        return any(
            am.mention.start == k and am.mention.title is not None
            and am.mention.title.head == ENVOY
            for am in self.res.sentences[self.index]
        )  # fmt: skip

    def crowd_between(self, begin: int, end: int) -> bool:
        """Whether people described by their country ("৩৫ হাজার বাংলাদেশি", "Chinese
        tourists") or a clause break stand between a visitor and the verb of the visit."""
        crowd = any(
            am.mention.describes_people and begin <= am.mention.start < end
            for am in self.res.sentences[self.index]
        )
        crowd = crowd or any(self.words.get(k) == "people" for k in range(begin, end))
        broken = self.lang == "bn" and any(
            t.text == "," or t.key in CONTRAST_WORDS for t in self.tokens[begin:end]
        )
        return crowd or broken

    def marked(
        self, cue: Cue, phrase: str, args: list[_Arg], start: int, prev_end: int, next_start: int
    ) -> list[tuple[str, str, str]]:
        # "সরকার" alone is mostly the speaker's own; "দেশটির সহযোগিতা" asks the other country.
        scope = [
            a
            for a in args
            if prev_end <= a.start
            and a.start < next_start
            and (a.kind != "government" or a.marker == "to")
        ]
        if cue.type == "OFFERED":
            # "ডেনমার্কের অর্থায়ন অব্যাহত থাকবে": whose help it is gives it; only a request
            # asks the one whose help is named.
            scope = [
                replace(a, marker="genitive")
                if a.marker == "to"
                and help_at(self.tokens, a.end)
                and not self.tokens[a.end - 1].text.endswith("কে")
                else a
                for a in scope
            ]
        # "তাঁকে স্বাগত জানান X": an object pronoun is whom the act is for, never its doer.
        # One meets whoever is "with" one ("বৈঠক শেষে ... বিচার বিভাগের সহায়তা": the body asked
        # after a meeting was not met); one asks or offers "to" or "for" someone.
        roles: frozenset[str] = frozenset(("with",) if cue.type == "MET" else ("to", "with", "for"))
        met_object = cue.type == "MET" and phrase.startswith(BN_MET_OBJECTS)
        if met_object:
            # "রাষ্ট্রদূতকে তলব করেন", "উপদেষ্টাকে ফোন করেন", "সেনাপ্রধানকে স্বাগত জানান": the
            # one summoned, phoned or welcomed (marked -কে) is met
            roles = frozenset(("with", "to"))
        # "ইউনূসের কাছে ... চিঠি হস্তান্তর করেন": one hands a letter to whom one meets.
        handed = cue.type == "MET" and any(w in phrase for w in BN_HANDOVER_WORDS)
        targets = [
            a
            for a in scope
            if a.kind == "object"
            or (
                a.marker in roles
                and not a.actor.startswith("@")
                # (not a genitive read as "to": "মিশরের প্রস্তাবটিকে স্বাগত জানিয়ে")
                and not (
                    met_object
                    and a.marker == "to"
                    and not self.tokens[a.end - 1].text.endswith("কে")
                )
            )
            or (handed and self.addressed(a) and not a.actor.startswith("@"))
            or (a.marker == "to" and a.kind == "government")
            # "X ও Y-এর মধ্যে ... বৈঠকে": a meeting between them, named before it ("বৈঠকে X ও
            # Y-এর মধ্যে ... সিদ্ধান্ত" is a decision between them at a meeting told before).
            or (cue.type == "MET" and a.marker == "between" and a.end <= start)
        ]
        if cue.type == "MET" and phrase.endswith(BN_DURING):
            targets = [a for a in targets if a.end <= start]  # (who was met is named before)
            if not targets:
                return []  # "সাক্ষাৎকালে ...": the meeting told before
        if cue.type == "REQUESTED":
            # "পোল্যান্ড যেন ঢাকায় ভিসা কেন্দ্র খোলে, সে অনুরোধ করেন তিনি": the one asked
            asked = [
                a
                for a in scope
                if a.marker == ""
                and a.end < start
                and not a.actor.startswith("@")
                and self.tokens[a.end].key in BN_SUBJUNCTIVES
            ]
            targets = asked[:1] or targets
        sources = [a for a in scope if a.marker == "" and a not in targets]
        pair = [a for a in sources if a.kind == "group" and a.end <= start]
        if cue.type == "MET" and not targets and pair and len(sources) == 1:
            # "এর আগে দুই মন্ত্রী একান্ত বৈঠক করেন": the two met each other
            return self.pairwise("MET", self.flatten(pair, None, args), phrase)
        # "... ডলার দেওয়ার ঘোষণা দেয় বলে জানান X": X reports what the subject before did.
        cue_end = start + len(phrase.split())  # ("অনুরোধ জানিয়েছেন X": the cue's own verb)
        reported = [
            a for a in sources
            if a.start > start
            and any(self.words.get(k) == "speech" for k in range(cue_end, a.start))
        ]  # fmt: skip
        if reported and len(reported) < len(sources):
            sources = [a for a in sources if a not in reported]
        if handed:
            # "... লি কিয়াংয়ের একটি চিঠি হস্তান্তর করেন রাষ্ট্রদূত X": the writer is no doer.
            sources = [a for a in sources if a.start >= start] or sources
        # "X-এর সঙ্গে Y-এর বৈঠকে": Y's meeting with X; a body after it only reports it.
        holding = [a for a in self.officials_in(scope) if a.marker == "genitive" and a.end == start]
        if cue.type == "MET" and targets and holding:
            sources = holding
        if not sources:
            # "X প্রধান উপদেষ্টার সঙ্গে সাক্ষাৎকালে ... প্রতিশ্রুতি দেন": the subject of the
            # sentence stands before an earlier cue.
            sources = [
                a for a in args if a.marker == "" and a.end <= prev_end and a.kind != "government"
            ]
            sources = sources[-1:]
        if not sources and self.lang == "bn":
            # "Y-এর সঙ্গে সাক্ষাৎকালে এ আশ্বাস দেন X": the sentence's subject follows its
            # last verb, after this clause.
            sources = [
                a
                for a in args
                if a.start >= next_start
                and a.marker == ""
                and a.kind not in ("government", "group")
                and not a.actor.startswith("@")
            ][:1]
        verb = self.tokens[min(len(self.tokens), start + len(phrase.split())) - 1]
        if not targets and cue.type == "REQUESTED" and verb.text.endswith(BN_CONDITIONAL_ENDINGS):
            # "X অনুরোধ করলে জাইকা প্রধান তা বিবেচনা করবেন বলে জানান": whoever answers the
            # request ("when X asked, Y said ...") is the one asked.
            targets = [a for a in self.officials_in(args) if a.start >= start and a.marker == ""][
                :1
            ]
        if not targets and cue.type != "MET":
            # The one met, named before the meeting cue, is whom the request or offer is made to.
            targets = [
                a for a in args
                if a.end <= prev_end and a.marker in ("to", "with") and not a.actor.startswith("@")
            ][-1:]  # fmt: skip
        # "X-এর নেতৃত্বে ... প্রতিনিধিদল ... বৈঠক করে": the leader acts for the delegation.
        leaders = [
            a for a in self.officials_in(scope)
            if a.marker == "genitive" and a.end < len(self.tokens) and a.end <= start
            and self.tokens[a.end].text in BN_LED_BY
        ]  # fmt: skip
        sources = leaders[:1] or sources
        # "জাপানি ভাষা ... সহায়তা চান তিনি": a person, named or not, is the doer before a
        # country word that may only qualify a noun.
        people = [a for a in sources if a.kind != "country"] if self.lang == "bn" else []
        # "সেনাপ্রধান ... তুরস্কের সামরিক একাডেমি ও ... কোর্সে আসন বাড়ানোর অনুরোধ করেন": an
        # official named unmarked is the doer before a body in what is asked for
        officials = self.officials_in(people)
        sources = (officials if officials and cue.type != "MET" else people) or sources
        before = [a for a in sources if a.end <= start]
        if any(a.kind == "object" for a in targets):
            # "তাঁকে তিনি ... মন্ত্রী পর্যায়ের প্রতিনিধি পাঠানোর অনুরোধ করেন": with "him" asked,
            # "he" is the one who asks; a title nearer the verb is what is asked for
            before = [a for a in before if a.kind == "pronoun"][:1] or before
        source_arg = before[-1] if before else (sources[0] if sources else None)
        if source_arg is None:
            behalf = [a for a in scope if a.marker == "behalf"]
            genitive = [a for a in scope if a.marker == "genitive" and a.end <= start]
            if not genitive and cue.type == "MET":
                # "... সাক্ষাৎ করেছে জাপানের একটি প্রতিনিধিদল": the subject after the verb.
                genitive = [a for a in scope if a.marker == "genitive" and a.start > start][:1]
            candidates = (genitive if cue.type == "MET" else []) or behalf or genitive
            source_arg = candidates[-1] if candidates else None
        also: list[str] = []  # others who did it with the source
        if source_arg is not None and source_arg.kind == "group":
            # "X ও Y জানিয়েছে, তারা ... প্রস্তুত": each of those who said it
            named = [a for a in args if a.end <= source_arg.start and not a.actor.startswith("@")]
            speakers = self.speakers_before(source_arg, named)
            source, also = (speakers[0], speakers[1:]) if len(speakers) >= 2 else (None, [])
        elif source_arg is None or source_arg.actor.startswith("@"):
            source = self.topic if source_arg is None else None
        else:
            source = source_arg.actor
        if source is None:
            return []
        if source_arg is not None and source_arg.marker == "" and not also:
            source = self.most_specific_source(source, args, cue.type)
        if cue.type == "MET" and not targets:
            # (a body in the locative is where: "প্রধান উপদেষ্টার কার্যালয়ে X সাক্ষাৎ করতে এলে")
            named = [
                a for a in args
                if not a.actor.startswith("@") and a.marker not in ("genitive", "locative")
            ]  # fmt: skip
            together = self.group_before(named, start, prev_end)
            if len(together) >= 2:
                return self.pairwise("MET", together, phrase)  # "X ও Y ... আলোচনা করেন"
            after = [a for a in self.officials_in(named) if a.start >= start and not a.marker]
            if self.lang == "bn" and after:
                # "বৈঠকে যুক্ত হন X ও Y": the subjects after the verb met each other
                joined = [after[0].actor, *self.joined(after[0], args, after=True)]
                if len({self.country_of(p) for p in joined}) == len(joined) >= 2:
                    return self.pairwise("MET", joined, phrase)
            targets = [
                a
                for a in scope
                if a.marker == "genitive"
                and a is not source_arg
                and a.end <= start
                and not a.actor.startswith("@")
            ]
            targets = self.officials_in(targets) or targets
        if cue.type != "MET":
            # One addressed (কাছে, প্রতি) is asked before one named in what is asked, but a
            # person asked (-কে) before a place addressed inside the request ("রাষ্ট্রদূতকে ...
            # তেহরানের কাছে তুলে ধরার অনুরোধ": the envoy, not Tehran)
            targets = sorted(targets, key=self.addressee_rank)
        if (
            cue.type == "OFFERED"
            and targets
            and all(
                a.marker == "with"
                and a.end <= prev_end
                and a.kind in ("person", "title_ref", "name")
                for a in targets
            )
        ):
            # "X উপদেষ্টার সঙ্গে সাক্ষাৎ করে বাংলাদেশে গম রপ্তানির আগ্রহ প্রকাশ করেন": the one
            # met in the clause before is no addressee; the offer goes to the country it names
            beneficiary = self.offered_to(source, args)
            if beneficiary and self.res.actors[beneficiary].type == "Country":
                targets = []
        targets = [self.not_the_doer(a, source, args) for a in targets]
        chosen = [t for t in self.flatten(targets, source, args) if t != source]
        if (
            source_arg is not None
            and source_arg.kind == "title_ref"
            and chosen
            and cue.type == "MET"
        ):
            source = self.holder_of_other_side(source, chosen)
        named_source = source_arg is not None and source_arg.kind in ("person", "name")
        if source == self.topic and chosen and not named_source:
            # ("বৃত্তি বাড়ানোর অনুরোধ করেন খালিদ হোসেন": one named asks, whoever is in focus)
            source = self.not_of_targets(source, chosen)
        chosen = [t for t in chosen if self.country_of(t) != self.country_of(source)]
        # A courtesy call implies a host; a bare "meeting" (a cabinet meeting) implies no one.
        if not chosen and (cue.type != "MET" or any(w in phrase for w in CALL_WORDS)):
            if cue.type == "OFFERED":
                other = self.offered_to(source, args)
            else:
                other = self.other_side(source)
            chosen = [other] if other else []
        if cue.type == "MET":
            # "X এবং Y-এর সঙ্গে বৈঠক করেন": one met each of them; "X ও Y Z-এর সঙ্গে বৈঠক
            # করেন": each of them met Z.
            doers = [source] + self.joined(source_arg, args)
            if source_arg is not None and source_arg.start >= start:
                # "X-এর সঙ্গে বৈঠক করেছেন A, B এবং C": each subject after the verb met X
                doers += self.joined(source_arg, args, after=True)
            return [
                (cue.type, doer, c)
                for doer in doers
                for c in dict.fromkeys(chosen)
                if doer == source or self.country_of(doer) != self.country_of(c)
            ]
        return (
            [(cue.type, s, chosen[0]) for s in [source] + also if s != chosen[0]] if chosen else []
        )

    def not_the_doer(self, arg: _Arg, source: str, args: list[_Arg]) -> _Arg:
        """A pronoun addressed that was read as the doer stands for the person named before it
        ("X-এর সঙ্গে বৈঠকে গভর্নর ... তাঁর কাছে সহায়তা চান": "him" is X, not the governor)."""
        if arg.kind != "pronoun" or arg.actor != source:
            return arg
        others = [a for a in self.officials_in(args) if a.end <= arg.start and a.actor != source]
        return replace(arg, actor=others[-1].actor) if others else arg

    def joined(self, arg: _Arg | None, args: list[_Arg], after: bool = False) -> list[str]:
        """The people joined to `arg` by "ও", "এবং" or commas before it (or after it),
        unmarked as it is."""
        joined: list[str] = []
        if arg is None or arg.marker or arg.actor.startswith("@"):
            return joined
        people = self.officials_in(args)
        if after:
            side = [a for a in people if a.start >= arg.end]
        else:
            side = list(reversed([a for a in people if a.end <= arg.start]))
        current = arg
        for a in side:
            gap = (current.end, a.start) if after else (a.end, current.start)
            between = self.tokens[gap[0] : gap[1]]
            if a.marker or not between or not all(t.key in CONNECTORS for t in between):
                break
            joined.append(a.actor)
            current = a
        return joined

    def holder_of_other_side(self, source: str, targets: list[str]) -> str:
        """ "সফরকালে নৌবাহিনী প্রধান ইন্দোনেশিয়ার প্রতিরক্ষা মন্ত্রী X-এর সঙ্গে": a bare title
        meeting someone of its holder's own country means the other side's holder of it."""
        actors = self.res.actors
        country = self.country_of(source)
        if not country or any(self.country_of(t) != country for t in targets):
            return source
        head = actors[source].head
        others = [
            a.id for a in actors.values()
            if a.type == "Official" and a.head == head and a.country and a.country != country
        ]  # fmt: skip
        return others[0] if len(others) == 1 else source

    def addressee_rank(self, arg: _Arg) -> int:
        """How surely `arg` is the one asked or offered to: a person addressed (কাছে, প্রতি)
        first, then anyone addressed or a person marked -কে, then the rest."""
        person = arg.kind in ("person", "title_ref", "name")
        if self.addressed(arg):
            return 0 if person else 1
        return 1 if person and self.tokens[arg.end - 1].text.endswith("কে") else 2

    def addressed(self, arg: _Arg) -> bool:
        """The actor is followed by প্রতি or কাছে (possibly after a detached -এর)."""
        return any(t.key in ADDRESSEE_WORDS for t in self.tokens[arg.end : arg.end + 2])

    def offered_to(self, source: str, args: list[_Arg]) -> str | None:
        """Whom an offer that names no addressee is made to: the other side's country where
        the sentence names it ("support for Bangladesh's health sector", "বাংলাদেশের
        শিক্ষার্থীদের"; a capital names a place: "a team will come to Dhaka"), else the one
        the offerer deals with (the person met)."""
        other = self.res.counterpart(source)
        if other is None:
            return None
        iso = self.country_of(other)
        named = any(
            am.mention.kind == "country"
            and not (am.mention.inside or am.mention.capital)
            and am.mention.country == iso
            for am in self.res.sentences[self.index]
        )
        return self.other_side(source, country=named)

    def other_side(self, source: str, country: bool = False) -> str | None:
        """Who an actor deals with when the text names nobody: the one they were last told
        meeting, else the article's counterpart; a country deals with a country."""
        met = [p for m in reversed(self.meetings) if source in m for p in m if p != source]
        other = met[0] if met else self.res.counterpart(source)
        if other and (country or self.res.actors[source].type == "Country"):
            return self.res.country_actor(self.country_of(other)) or other
        return other


def read_relations(readings: list[Reading], resolution: Resolution, language: str) -> list[Found]:
    """The interactions of an article, each with the sentence it was read from."""
    reader = _Reader(readings, resolution, language)
    found: list[Found] = []
    for index, reading in enumerate(readings):
        found.extend(reader.read_one(index, reading))
    taken_back = {i for i in range(len(readings) - 1) if _takes_back(readings[i + 1])}
    found = [f for f in found if not (f.type == "AGREED" and f.sentence in taken_back)]
    return _signed_by_people(found, resolution)


def _signed_by_people(found: list[Found], res: Resolution) -> list[Found]:
    """A signing by two countries is the one their named signatories made, however far
    apart the lead and the signatories are told: the countries' version goes."""
    actors = res.actors

    def countries(f: Found) -> frozenset[str | None]:
        return frozenset((actors[f.source].country, actors[f.target].country))

    def side(actor: str) -> str | None:
        # an international body is a side of its own (its officers' country is none)
        return actors[actor].country or actors[actor].agency or actor

    def sides(f: Found) -> frozenset[str | None]:
        return frozenset((side(f.source), side(f.target)))

    specific = {
        sides(f)
        for f in found
        if f.signed and "Country" not in (actors[f.source].type, actors[f.target].type)
    }
    return [
        f
        for f in found
        if not (
            f.signed
            and "Country" in (actors[f.source].type, actors[f.target].type)
            and sides(f) in specific
        )
    ]


def _takes_back(reading: Reading) -> bool:
    """ "... discussed the deal. However, no decision was made": nothing was agreed."""
    if not reading.tokens or reading.tokens[0].key not in CONTRAST_WORDS:
        return False  # (most sentences: nothing more to look at)
    # "তবে ... চুক্তি সইয়ের বিষয়ে কোনো সিদ্ধান্ত হয়নি": a sentence naming an agreement of its
    # own denies that one, not what the sentence before agreed.
    own = any(cue.type == "AGREED" for _, _, cue, _ in reading.cues)
    # "However, no decision was taken on Dhaka's earlier proposal": another matter.
    other_matter = any(t.key in ABOUT_WORDS for t in reading.tokens)
    # "তবে শুল্কহার চূড়ান্ত হয়নি" (the tariff is not final yet) leaves the rest agreed; only
    # "no decision", "কোনো সিদ্ধান্ত হয়নি" takes all of it back.
    nothing = any(t.key in NONE_WORDS for t in reading.tokens)
    negated = "negation" in reading.words.values()
    return negated and nothing and not own and not other_matter
