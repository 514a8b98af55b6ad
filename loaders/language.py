"""Which language an article is in, and the per-language data files under lang/."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_BENGALI = re.compile("[\u0980-\u09ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_SAMPLE_CHARS = 5000


def detect_language(text: str) -> str:
    """ "bn" when Bengali letters outnumber Latin ones, else "en".

    Bengali pages carry English menus and English pages the odd Bengali name,
    so the majority script decides; an empty text is English.
    """
    # The opening of an article shows its language; long texts need not be counted through.
    head = text[:_SAMPLE_CHARS]
    bengali = len(_BENGALI.findall(head))
    return "bn" if bengali and bengali >= len(_LATIN.findall(head)) else "en"


@cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of lang/`name` ("bn/months.tsv"), without the # header and blanks.

    Text is NFC-normalised as article text is, so table entries match it.
    """
    from .clean import normalize_text

    text = resources.files(__package__).joinpath("lang", name).read_text(encoding="utf-8")
    rows = []
    for line in normalize_text(text).splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def word_groups(name: str) -> dict[str, tuple[str, ...]]:
    """The words of lang/`name` by group: each row is a group's name, then one word or phrase."""
    groups: dict[str, list[str]] = {}
    for group, word, *_ in data_rows(name):
        groups.setdefault(group, []).append(word)
    return {group: tuple(words) for group, words in groups.items()}


def data_exists(name: str) -> bool:
    """Whether lang/`name` exists (not every language has every table)."""
    return resources.files(__package__).joinpath("lang", name).is_file()


@cache
def date_words(language: str) -> dict[str, dict[str, int]]:
    """The date words of English and of `language` (lang/*/months.tsv), by kind, name -> value.

    English is always included: pages in any language print "Nov 18, 2025".
    """
    words: dict[str, dict[str, int]] = {}
    for lang in dict.fromkeys(("en", language)):
        if data_exists(f"{lang}/months.tsv"):
            for kind, value, names in data_rows(f"{lang}/months.tsv"):
                for name in names.split("|"):
                    words.setdefault(kind, {})[name] = int(value)
    return words
