"""Words of a sentence with their offsets, normalised so text and lexicons compare equal.

Bengali pages write য় either precomposed (U+09DF) or as য + nukta; NFC turns
both into the decomposed pair, so text and lexicon entries go through
`normalise` before anything is compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache, partial
from itertools import accumulate
from operator import sub
from typing import NamedTuple

# \w misses Bengali vowel signs, virama and nukta (they are marks, not letters).
_WORD = r"[\w\u0980-\u09FF\u200c\u200d]+"
TOKEN_RE = re.compile(rf"{_WORD}(?:[.’']{_WORD})*|[^\w\s\u0980-\u09FF]")
# A token with the white space before it: every other character of a text is in a token,
# so the lengths of these pieces add up to where each token ends.
_SPACED_TOKEN_RE = re.compile(rf"\s*(?:{TOKEN_RE.pattern})")
POSSESSIVE_RE = re.compile(r"[’']s?$")
APOSTROPHES = str.maketrans({"‘": "'", "’": "'"})
# Bengali vowel signs and independent vowels: what a word ends in before the genitive -র.
_VOWELS = tuple("ািীুূৃেৈোৌঅআইঈউঊঋএঐওঔ")


def normalise(text: str) -> str:
    """Text in the one Unicode form the matcher uses (NFC)."""
    return unicodedata.normalize("NFC", text)


class Token(NamedTuple):
    """One word or punctuation mark: `key` is what lexicons are matched against."""

    text: str
    start: int
    end: int
    key: str
    suffix: str = ""  # a stripped Bengali case ending, or "'s" of an English possessive

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or "\u0980" <= self.text[0] <= "\u09ff"

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


@lru_cache(maxsize=262144)
def english_key(word: str) -> tuple[str, str]:
    """Lower-cased word without its possessive ending, and that ending."""
    low = word.translate(APOSTROPHES).lower()
    if len(low) > 2 and (match := POSSESSIVE_RE.search(low)):
        return low[: match.start()], "'s"
    return low, ""


@lru_cache(maxsize=262144)
def bengali_key(
    word: str, vocabulary: frozenset[str], suffixes: tuple[str, ...]
) -> tuple[str, str]:
    """A Bengali word without its case ending, when what remains is a word the lexicons know.

    Lexicon phrases go through this too, so "ভারতের" in a phrase and in a text
    both become "ভারত". The genitive -র follows a vowel only (উপদেষ্টার): after a
    consonant it is -এর, so "কাউন্সিলর" (counsellor) is no case form of "কাউন্সিল".
    """
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)].rstrip("-")
            if suffix == "র" and not stem.endswith(_VOWELS):
                continue
            if stem in vocabulary:
                return stem, suffix
    return word, ""


class WordKeys(dict[str, tuple[str, str]]):
    """Word -> (key, ending), by `key_of` on first sight: most words of a corpus recur."""

    def __init__(self, key_of: Callable[[str], tuple[str, str]]) -> None:
        super().__init__()
        self.key_of = key_of

    def __missing__(self, word: str) -> tuple[str, str]:
        found = self[word] = self.key_of(word)
        return found


# Builds a Token from a tuple of its fields in C: a sentence's tokens are made without
# one Python call each (a text has some hundreds of them).
_token_of_fields = partial(tuple.__new__, Token)


def tokenize(
    text: str, keys: Mapping[str, tuple[str, str]], suffixes: tuple[str, ...] = ()
) -> list[Token]:
    """Tokens of an already normalised text, each keyed by `keys` (a lexicon's `keys`);
    Bengali words joined to a case ending by a hyphen (one of `suffixes`) stay one token."""
    pieces = _SPACED_TOKEN_RE.findall(text)
    if not pieces:
        return []
    words = list(map(str.lstrip, pieces))
    ends = list(accumulate(map(len, pieces)))
    starts = map(sub, ends, map(len, words))
    word_keys, endings = zip(*map(keys.__getitem__, words), strict=True)
    fields = zip(words, starts, ends, word_keys, endings, strict=True)
    tokens = list(map(_token_of_fields, fields))
    return _joined_endings(tokens, suffixes) if suffixes and "-" in text else tokens


def _joined_endings(tokens: list[Token], suffixes: tuple[str, ...]) -> list[Token]:
    """ "গোসিয়াং-এর" is one word with a hyphenated case ending, not three tokens."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (
            out
            and tok.text == "-"
            and i + 1 < len(tokens)
            and tokens[i + 1].text in suffixes
            and out[-1].end == tok.start
            and tokens[i + 1].start == tok.end
        ):
            prev, ending = out[-1], tokens[i + 1]
            out[-1] = prev._replace(
                text=f"{prev.text}-{ending.text}", end=ending.end, suffix="-" + ending.text
            )
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def phrase_keys(phrase: str, language: str) -> tuple[str, ...]:
    """The token keys of a lexicon phrase (lexicon phrases are written in their base form)."""
    phrase = normalise(phrase)
    if language == "bn":
        return tuple(m.group() for m in TOKEN_RE.finditer(phrase))
    return tuple(english_key(m.group())[0] for m in TOKEN_RE.finditer(phrase))
