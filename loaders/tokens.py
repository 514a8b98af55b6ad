"""Words of a sentence with their offsets, normalised so text and lexicons compare equal.

Bengali pages write য় either precomposed (U+09DF) or as য + nukta; NFC turns
both into the decomposed pair, so text and lexicon entries go through
`normalise` before anything is compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Final

# \w misses Bengali vowel signs, virama and nukta (they are marks, not letters). ASCII
# letters and digits are in \w too: listed, they are found in the class's table before
# the Unicode category test. A word or the space before it is never given back (nothing
# after it could match then), so the quantifiers keep no backtracking state (*+, ++).
_WORD: Final = r"[a-zA-Z0-9_\w\u0980-\u09FF\u200c\u200d]++"
TOKEN_RE: Final = re.compile(rf"{_WORD}(?:[.’']{_WORD})*+|[^\w\s\u0980-\u09FF]")
_SPACED_TOKEN_RE: Final = re.compile(rf"\s*+(?:{TOKEN_RE.pattern})")
POSSESSIVE_RE: Final = re.compile(r"[’']s?$")
APOSTROPHES: Final = str.maketrans({"‘": "'", "’": "'"})
# Bengali vowel signs and independent vowels: what a word ends in before the genitive -র.
_VOWELS: Final = tuple("ািীুূৃেৈোৌঅআইঈউঊঋএঐওঔ")


def normalise(text: str) -> str:
    """Text in the one Unicode form the matcher uses (NFC).

    NFC's quick check answers "maybe" for া and ৗ, which join a ে written before them
    into ো and ৌ, so it never vouches for a Bengali text, and CPython composed every
    Bengali sentence afresh (6% of the extractor's instructions). Neither letter joins
    anything else, nor does anything join them: without a ে before them, a text is in
    NFC if it is so with them left out, which the quick check can tell.
    """
    if ("\u09be" in text or "\u09d7" in text) and not (
        "\u09c7\u09be" in text or "\u09c7\u09d7" in text
    ):
        rest = text.replace("\u09be", "").replace("\u09d7", "")
        if unicodedata.is_normalized("NFC", rest):
            return text
    return unicodedata.normalize("NFC", text)


class Token:
    """One word or punctuation mark: `key` is what lexicons are matched against.

    A plain class, not a NamedTuple: compiled by mypyc (setup.py) it is a C struct, made
    and read without a Python-level call, and a text has some hundreds of tokens that the
    mention and relation readers look at again and again.
    """

    __slots__ = ("text", "start", "end", "key", "suffix")

    def __init__(self, text: str, start: int, end: int, key: str, suffix: str = "") -> None:
        self.text = text
        self.start = start
        self.end = end
        self.key = key
        self.suffix = suffix  # a stripped Bengali case ending, or "'s" of an English possessive

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.key!r}, {self.suffix!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def _fields(self) -> tuple[str, int, int, str, str]:
        return (self.text, self.start, self.end, self.key, self.suffix)

    def _replace(
        self,
        text: str | None = None,
        start: int | None = None,
        end: int | None = None,
        key: str | None = None,
        suffix: str | None = None,
    ) -> Token:
        """A copy with some fields changed (named as a NamedTuple's, which Token was)."""
        return Token(
            self.text if text is None else text,
            self.start if start is None else start,
            self.end if end is None else end,
            self.key if key is None else key,
            self.suffix if suffix is None else suffix,
        )

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


def tokenize(
    text: str, keys: Mapping[str, tuple[str, str]], suffixes: tuple[str, ...] = ()
) -> list[Token]:
    """Tokens of an already normalised text, each keyed by `keys` (a lexicon's `keys`);
    Bengali words joined to a case ending by a hyphen (one of `suffixes`) stay one token."""
    tokens = []
    end = 0
    # Each piece is a token with the white space before it: every other character of the
    # text is in a token, so the pieces' lengths add up to where each token ends. (Typed:
    # findall says list[Any], and mypyc compiles str operations on a str natively.)
    pieces: list[str] = _SPACED_TOKEN_RE.findall(text)
    for piece in pieces:
        word = piece.lstrip()
        end += len(piece)
        key, ending = keys[word]
        tokens.append(Token(word, end - len(word), end, key, ending))
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
            # "ফারুক-ই-আজম": a name joined by -ই- (of), no ending
            and not (
                i + 2 < len(tokens)
                and tokens[i + 2].text == "-"
                and tokens[i + 2].start == tokens[i + 1].end
            )
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
