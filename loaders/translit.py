"""Bengali names in Latin letters, and the key that makes one person one id.

`to_latin` writes a Bengali-script name the way English-language news in
Bangladesh spells it ("ইমরান হায়দার" -> "Imran Haidar"). `name_key` reduces
any spelling of a name, in either script, to a key that spelling variants
share ("Imran Haider", "Imran Hyder", "ইমরান হায়দার" -> "imrn-hdr") and that
is the id of an official (`official:<name_key>`). `strip_honorifics` removes
the ranks and titles around a name ("Lt Gen Md ... (Retd)").

The letters, the customary spellings of common name parts and the honorifics
are data: lang/bn/translit.tsv and lang/name_noise.txt.

>>> to_latin("জাহাঙ্গীর আলম চৌধুরী")
'Jahangir Alam Chowdhury'
>>> name_key("Lt Gen Md Jahangir Alam Chowdhury (Retd)") == name_key("মো. জাহাঙ্গীর আলম চৌধুরী")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

__all__ = ["is_name_part", "name_key", "strip_honorifics", "to_latin"]

_LANG: Final = Path(__file__).parent / "lang"

# A run of Bengali script; joiners inside a word belong to it.
_BENGALI_RUN: Final = re.compile("[\u0980-\u09ff][\u0980-\u09ff\u200c\u200d]*")
_JOINERS: Final = re.compile("[\u200c\u200d]")
# Name tokens: split at spaces, and after a dot glued to the next word ("Md.Jahangir").
_NAME_TOKENS: Final = re.compile(r"\s+|(?<=\.)(?=[^\W\d_])")
# Key tokens: hyphenated parts ("Ud-Din", "Al-Haj") count as separate words.
_KEY_TOKENS: Final = re.compile(r"[\s\-\u2010-\u2015/]+")
_BRACKETS: Final = "()[]{},;:"
_VISARGA: Final = "\u0983"

# Spelling variants sound alike but are written differently: each rule maps
# letters to the one a variant would use, in order, before vowels are dropped.
_SOUND_RULES: Final = (
    (re.compile("ph"), "f"),
    (re.compile("ck"), "k"),
    (re.compile("q"), "k"),
    # x is ks in English names but s in pinyin (Guoxiang, Bengali গোসিয়াং):
    # both become s, and so does ks (Bux, Buksh).
    (re.compile("x|ks"), "s"),
    # c before e, i, y sounds s (Tracey, ট্রেসি); elsewhere k (Jacobson, জ্যাকবসন).
    (re.compile("c(?=[eiy])"), "s"),
    (re.compile("c(?!h)"), "k"),
    (re.compile("v"), "b"),
    (re.compile("z"), "j"),
)
# Vowels, and h/w/y (which only colour a vowel or aspirate), carry most of the
# variation between spellings (Haidar/Haider/Hyder): the key keeps consonants.
_SOFT_LETTERS: Final = re.compile("[aeiouhwy]")
_DOUBLED: Final = re.compile(r"(.)\1+")
# A word's first letter is kept even when it is a vowel, folded to three
# classes: Imran/Emran and Osman/Usman agree, Islam and Aslam do not.
_FIRST_VOWEL: Final = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u"}


def _rows(path: Path) -> Iterator[list[str]]:
    """The tab-separated fields of a data file's lines, skipping '#' comments and blank lines."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@dataclass(frozen=True)
class _Letter:
    latin: str
    kind: str  # consonant, vowel, sign, phala, coda, virama or other (see translit.tsv)


def _read_translit(
    path: Path,
) -> tuple[dict[str, str], dict[str, _Letter], tuple[str, ...]]:
    """The whole-word spellings, the letters and the silent final conjuncts of
    translit.tsv, keyed by NFC text."""
    words: dict[str, str] = {}
    letters: dict[str, _Letter] = {}
    silent: list[str] = []
    for bengali, latin, kind in _rows(path):
        key = unicodedata.normalize("NFC", bengali)
        if kind == "word":
            words[key] = latin
        elif kind == "silent_final":
            silent.append(key)
        else:
            letters[key] = _Letter(latin, kind)
    return words, letters, tuple(silent)


def _fold(token: str) -> str:
    """A token as compared with the lists: case-folded, without punctuation or symbols."""
    token = unicodedata.normalize("NFC", token).casefold()
    return "".join(c for c in token if unicodedata.category(c)[0] not in "PSZC")


@dataclass(frozen=True)
class _NameWords:
    """What name_noise.txt says about the words around and inside names, folded."""

    drop: frozenset[tuple[str, ...]]  # honorific phrases, as token tuples
    join: frozenset[str]  # suffixes written joined to the word before
    short: dict[str, str]  # abbreviations of name parts -> the full part


def _read_name_words(path: Path) -> _NameWords:
    drop: set[tuple[str, ...]] = set()
    join: set[str] = set()
    short: dict[str, str] = {}
    for form, use, *full in _rows(path):
        if use == "drop":
            drop.add(tuple(_fold(t).removesuffix(_VISARGA) for t in form.split()))
        elif use == "join":
            join.add(_fold(form))
        else:
            short[_fold(form)] = _fold(full[0])
    return _NameWords(frozenset(drop), frozenset(join), short)


_WORDS, _LETTERS, _SILENT_FINALS = _read_translit(_LANG / "bn" / "translit.tsv")
_LONGEST_LETTER: Final = max(map(len, _LETTERS))
_NAME_WORDS: Final = _read_name_words(_LANG / "name_noise.txt")
_LONGEST_DROP: Final = max(map(len, _NAME_WORDS.drop))


@dataclass
class _Syllable:
    """A consonant cluster (maybe none) with its vowel; vowel None is the inherent 'a'."""

    onset: str = ""
    vowel: str | None = None
    coda: str = ""
    conjunct: bool = False

    def latin(self) -> str:
        return self.onset + ("a" if self.vowel is None else self.vowel) + self.coda


def _letters_of(word: str) -> Iterator[_Letter]:
    """The table's letters in `word`, longest match first; other characters as themselves."""
    i = 0
    while i < len(word):
        for size in range(min(_LONGEST_LETTER, len(word) - i), 0, -1):
            letter = _LETTERS.get(word[i : i + size])
            if letter is not None:
                yield letter
                i += size
                break
        else:
            yield _Letter(word[i], "other")
            i += 1


def _syllables(word: str) -> list[_Syllable]:
    """The syllables of a Bengali word, conjuncts joined, before schwa deletion."""
    out: list[_Syllable] = []
    joining = False  # the last consonant had a virama: the next one joins it
    for letter in _letters_of(word):
        last = out[-1] if out else None
        open_consonant = last is not None and last.onset != "" and last.vowel is None
        if letter.kind == "consonant":
            if joining and last is not None:
                last.onset += letter.latin
                last.vowel = None
                last.conjunct = True
            else:
                out.append(_Syllable(onset=letter.latin))
        elif letter.kind == "virama":
            if open_consonant and last is not None:
                last.vowel = ""
                joining = True
                continue
        elif letter.kind == "phala" and open_consonant and last is not None:
            last.onset += letter.latin
            last.conjunct = True
        elif letter.kind == "sign" and open_consonant and last is not None and not last.coda:
            last.vowel = letter.latin
        elif letter.kind == "coda" and last is not None:
            last.coda += letter.latin
        elif letter.kind == "other":
            out.append(_Syllable(onset=letter.latin, vowel=""))
        else:  # an independent vowel, or a sign or mark with no consonant to carry it
            out.append(_Syllable(vowel=letter.latin))
        joining = False
    return out


def _customary_v(syllables: list[_Syllable]) -> None:
    """ভ before i or e, and in ভ্ল, is written v in names (স্টিভেন Steven, ভ্লাদিমির Vladimir)."""
    for s in syllables:
        if s.onset.endswith("bh") and s.vowel in ("i", "e"):
            s.onset = s.onset[:-2] + "v"
        elif s.onset.startswith("bhl"):
            s.onset = "v" + s.onset[2:]


def _delete_schwas(syllables: list[_Syllable]) -> None:
    """Drop the inherent vowels Bengali does not pronounce (আলম is Alam, ইমরান is Imran).

    The last one goes unless it closes a conjunct (চন্দ্র is Chandra); inside
    the word, right to left, one between a vowel and a consonant with its
    own vowel goes (রহমান: ra-ha-man -> Rahman).
    """
    last = syllables[-1]
    if len(syllables) > 1 and last.vowel is None and not last.conjunct and not last.coda:
        last.vowel = ""
    for i in range(len(syllables) - 2, 0, -1):
        here, before, after = syllables[i], syllables[i - 1], syllables[i + 1]
        if (
            here.vowel is None
            and not here.conjunct
            and not here.coda
            and before.vowel != ""
            and after.onset
            and after.vowel != ""
        ):
            here.vowel = ""


def _word_to_latin(match: re.Match[str]) -> str:
    word = unicodedata.normalize("NFC", _JOINERS.sub("", match.group()))
    known = _WORDS.get(word)
    if known is not None:
        return known
    syllables = _syllables(word)
    if not syllables:
        return word
    _customary_v(syllables)
    _delete_schwas(syllables)
    if word.endswith(_SILENT_FINALS) and len(syllables) > 1 and syllables[-1].vowel is None:
        syllables[-1].vowel = ""
    latin = "".join(s.latin() for s in syllables)
    return latin[:1].upper() + latin[1:]


def is_name_part(word: str) -> bool:
    """Whether `word` is a name part translit.tsv spells whole: its ending is no case ending
    (নাসের is Nasser, not নাস + -ের)."""
    return unicodedata.normalize("NFC", word) in _WORDS


@lru_cache(maxsize=65536)
def to_latin(text: str) -> str:
    """`text` with each Bengali word in Latin letters, spelt as English news spells names.

    Common name parts use their customary spelling (চৌধুরী -> Chowdhury,
    মো. -> Md.); other words are transliterated letter by letter and
    title-cased. Text in other scripts is returned unchanged.
    """
    return _BENGALI_RUN.sub(_word_to_latin, text)


@lru_cache(maxsize=65536)
def strip_honorifics(name: str) -> str:
    """`name` without the titles, ranks and markers around it, in either script.

    "Lt Gen Md Jahangir Alam Chowdhury (Retd)" -> "Jahangir Alam Chowdhury";
    "লেফটেন্যান্ট জেনারেল মোঃ জাহাঙ্গীর আলম চৌধুরী (অব.)" -> "জাহাঙ্গীর আলম চৌধুরী".
    A name made of nothing else is returned as it was (stripped of outer spaces).
    """
    tokens = [t for t in _NAME_TOKENS.split(name.strip()) if t]
    folded = [_fold(t).removesuffix(_VISARGA) for t in tokens]
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(_LONGEST_DROP, len(tokens) - i), 0, -1):
            if tuple(folded[i : i + size]) in _NAME_WORDS.drop:
                i += size
                break
        else:
            if folded[i]:
                kept.append(tokens[i].strip(_BRACKETS))
            i += 1
    return " ".join(kept) if kept else name.strip()


def _ascii_letters(text: str) -> str:
    """`text` without accents (Cavuşoğlu -> Cavusoglu); letters of other scripts stay."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _skeleton(token: str) -> str:
    """A lower-case word reduced to what its spelling variants share (haidar, hyder -> hdr)."""
    for pattern, replacement in _SOUND_RULES:
        token = pattern.sub(replacement, token)
    # Doubles are collapsed before vowels go, so Sarwar keeps both r's (srr).
    token = _DOUBLED.sub(r"\1", token)
    return _FIRST_VOWEL.get(token[0], token[0]) + _SOFT_LETTERS.sub("", token[1:])


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The script-independent key of a person's name: the same for its spellings, in either script.

    Honorifics are stripped, Bengali is transliterated, abbreviated name
    parts are written out (Sk = Sheikh), name suffixes are joined
    ("Bashir Uddin" = "Bashiruddin"), initials are dropped when two words
    remain, and each word becomes its consonant skeleton; words are
    joined with "-". "Imran Haider", "Imran Hyder" and "ইমরান হায়দার" all give
    "imrn-hdr"; "Imran Ahmad" gives "imrn-amd".
    """
    latin = _ascii_letters(to_latin(strip_honorifics(name)))
    # In a name not written in capitals, a short capitalised word is initials (AK = A K).
    capitalised = not any(c.islower() for c in latin)
    words: list[str] = []
    for token in _KEY_TOKENS.split(latin):
        word = _fold(token)
        if not word:
            continue
        word = _NAME_WORDS.short.get(word, word)
        if not capitalised and token.isupper() and 2 <= len(word) <= 3:
            words.extend(word)
        elif word in _NAME_WORDS.join and words:
            words[-1] += word
        else:
            words.append(word)
    if sum(len(w) > 1 for w in words) >= 2:
        words = [w for w in words if len(w) > 1]
    return "-".join(_skeleton(w) for w in words)
