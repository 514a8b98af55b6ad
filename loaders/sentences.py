"""Sentences of an article body, as exact slices of it (evidence must be verbatim)."""

from __future__ import annotations

import re
from typing import Final

from .language import word_groups

# A full stop after these is an abbreviation, not the end of a sentence.
ABBREVIATIONS: Final = frozenset(word_groups("mention_words.tsv")["abbreviation"])
# Sentence ends. The pattern opens with the one character each kind of end starts with, so
# the search skips from one such character to the next (an alternation of classes would be
# tried at every character of the text); each branch then checks which it was.
END_RE: Final = re.compile(
    r"""[।?!.\n]
    (?:
        (?<=[।?!]) [।?!]* ["'”’)]*  # Bengali dari, ? or !, with any closing quotes
      | (?<=\.) \.* ["'”’)]* (?=\s|$)  # full stops with any closing quotes, before a space
      | (?<=\n) \s*\n  # a blank line
      | (?<=\n)  # a line break
    )""",
    re.VERBOSE,
)
# What a word starts after: a space, an opening bracket or quote.
WORD_START_RE: Final = re.compile(r'[\s("“]')


class Sentence:
    """A sentence: `text` is article_text[start:end], stripped.

    A plain class rather than a dataclass: compiled by mypyc it is made without calling
    the dataclass's Python __init__ (an article has dozens of sentences).
    """

    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __repr__(self) -> str:
        return f"Sentence({self.text!r}, {self.start}, {self.end})"


def _is_abbreviation(text: str, dot: int) -> bool:
    """The word before the full stop at `dot` is an abbreviation or an initial (M. or D.)."""
    word_start = text.rfind(" ", 0, dot) + 1  # most words follow a plain space
    if WORD_START_RE.search(text, word_start, dot):
        word_start = dot
        while word_start > 0 and not WORD_START_RE.match(text[word_start - 1]):
            word_start -= 1
    word = text[word_start:dot].lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # A single letter (an initial), or a short Bengali abbreviation such as মো. or মি.
    if sum(map(str.isalpha, word)) == 1:
        return True
    return bool(word) and all("\u0980" <= c <= "\u09ff" for c in word) and len(word) <= 3


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order; lines are never joined into one sentence."""
    sentences: list[Sentence] = []
    start = 0
    for match in END_RE.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        _add(sentences, text, start, match.end())
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + chunk.index(stripped)
    sentences.append(Sentence(stripped, offset, offset + len(stripped)))
