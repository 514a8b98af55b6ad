"""Article text without page furniture, in one Unicode form, and the news agency it credits.

What counts as furniture (share lines, lists of other headlines, bylines,
"Read more" links, comment forms, date lines) is data:
lang/<language>/furniture.txt, one `kind<TAB>regex` per line. Only whole
lines, or a byline glued to the start of a paragraph, are removed, so every
body sentence survives verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from .language import data_exists, data_rows, date_words
from .tokens import normalise

LINE_KINDS = ("line", "published", "updated", "date", "listing", "dateline")
# An article in any language may credit an agency in English or in Bengali.
CREDIT_LANGUAGES = ("en", "bn")
# What may close a sentence after its final stop.
_CLOSERS = "\"”’')»"
# A paragraph ends with a full stop or দাঁড়ি and has a few words; one ending
# in ! or ? must be long, since headlines ask and exclaim too.
_BODY_MIN_WORDS = 5
_EXCLAIM_MIN_CHARS = 60


def normalize_text(text: str) -> str:
    """`text` in NFC, the one form diplograph compares text in.

    Under NFC the Bengali nukta letters are always the two-code-point pairs
    (য় = U+09AF U+09BC, likewise ড় ঢ়): U+09DF, U+09DC and U+09DD are
    composition exclusions, so both spellings found on pages become the same
    string. The lexicons are normalised with this same function.
    """
    return normalise(text)


@dataclass(frozen=True)
class Furniture:
    """The furniture patterns of one language, by kind (see lang/en/furniture.txt)."""

    patterns: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    # Every kind of LINE_KINDS in as few regexes: each line of every page is tried against them.
    dropped: list[re.Pattern[str]] = field(default_factory=list)

    def of(self, kind: str) -> list[re.Pattern[str]]:
        return self.patterns.get(kind, [])

    def matches(self, kind: str, line: str) -> re.Match[str] | None:
        """The first pattern of `kind` matching the whole stripped `line`."""
        for pattern in self.of(kind):
            found = pattern.fullmatch(line)
            if found:
                return found
        return None


@cache
def furniture(language: str) -> Furniture:
    """English furniture plus the language's own: Bengali pages carry English widgets too.

    `{month}` in a pattern stands for any month name of English and `language`,
    `{dateword}` for any word a date line may hold (months, weekdays, fillers).
    """
    words = date_words(language)
    slots = {
        "{month}": _alternatives(words.get("month", {})),
        "{dateword}": _alternatives(
            name for kind in ("month", "weekday", "year", "filler") for name in words.get(kind, {})
        ),
    }
    sources: dict[str, list[str]] = {}
    for lang in dict.fromkeys(("en", language)):
        name = f"{lang}/furniture.txt"
        if data_exists(name):
            for kind, pattern in data_rows(name):
                # Credit templates only become regexes with the agency names in them.
                if kind != "credit":
                    for slot, names in slots.items():
                        pattern = pattern.replace(slot, names)
                    sources.setdefault(kind, []).append(pattern)
    return Furniture(
        {kind: _merged(patterns) for kind, patterns in sources.items()},
        _merged([pattern for kind in LINE_KINDS for pattern in sources.get(kind, [])]),
    )


def _alternatives(names: Iterable[str]) -> str:
    """A group matching any of `names`, longest first so that "March" is not read as "Mar"."""
    ordered = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(name) for name in ordered) + ")" if ordered else "(?!)"


def _merged(patterns: list[str]) -> list[re.Pattern[str]]:
    """The patterns as few regexes: one alternation for all but those with capturing groups.

    Every line is tried against every kind, so one regex per kind keeps cleaning
    fast; a pattern with a back-reference keeps its group numbers on its own.
    """
    alone = [p for p in patterns if re.compile(p).groups]
    joined = [_scoped_flags(p) for p in patterns if p not in alone]
    merged = [re.compile("|".join(f"(?:{p})" for p in joined))] if joined else []
    return merged + [re.compile(p) for p in alone]


def _scoped_flags(pattern: str) -> str:
    """A leading "(?i)" as "(?i:...)", which is allowed inside an alternation."""
    found = re.match(r"\(\?([aiLmsux]+)\)", pattern)
    return f"(?{found[1]}:{pattern[found.end() :]})" if found else pattern


def is_body_line(line: str) -> bool:
    """Whether a stripped line reads as a paragraph of the article rather than a link or label.

    Headlines in lists of other articles end without a stop, and teasers with
    an ellipsis; paragraphs end with a stop.
    """
    end = line.rstrip(_CLOSERS)
    if not end or end.endswith(("...", "…")):
        return False
    if end[-1] in ".।":
        return len(line.split()) >= _BODY_MIN_WORDS
    return end[-1] in "!?" and len(line) >= _EXCLAIM_MIN_CHARS


def clean_text(text: str, language: str) -> str:
    """`text` without the page furniture of `language` pages; body lines are kept verbatim."""
    rules = furniture(language)
    kept = list(_kept_lines(text.split("\n"), rules))
    _drop_end_tags(kept, rules)
    cleaned = "\n".join(kept).strip()
    return re.sub(r"\n\s*\n(\s*\n)+", "\n\n", cleaned)


def _kept_lines(lines: list[str], rules: Furniture) -> Iterator[str]:
    """The lines to keep, as written: they are matched in NFC, kept verbatim."""
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        normal = normalize_text(line)
        i += 1
        if not line:
            yield ""
        elif rules.matches("block", normal):
            while i < len(lines) and not is_body_line(normalize_text(lines[i].strip())):
                i += 1
        elif any(pattern.fullmatch(normal) for pattern in rules.dropped):
            continue
        else:
            yield _without_byline(line, normal, rules)


def _without_byline(line: str, normal: str, rules: Furniture) -> str:
    for pattern in rules.of("prefix"):
        found = pattern.match(normal)
        if found:
            # The same prefix in the line as written, whose letters may be spelt otherwise.
            cut = next(
                (k for k in range(len(line) + 1) if normalize_text(line[:k]) == found[0]),
                found.end(),
            )
            return line[cut:]
    return line


def _drop_end_tags(lines: list[str], rules: Furniture) -> None:
    """Remove source tags ("এসএন", "SN/AR") from the end, at most a few lines up."""
    for _ in range(3):
        while lines and not lines[-1].strip():
            lines.pop()
        if lines and rules.matches("end", normalize_text(lines[-1].strip())):
            lines.pop()


@cache
def _credit_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every credit template, and each alias's canonical agency name."""
    templates = [
        pattern
        for lang in CREDIT_LANGUAGES
        for kind, pattern in data_rows(f"{lang}/furniture.txt")
        if kind == "credit"
    ]
    names: dict[str, str] = {}
    for row in data_rows("news_sources.txt"):
        for alias in (row[0], *(row[1].split("|") if len(row) > 1 else ())):
            names[alias.strip()] = row[0]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # A whole word before; after it, a Bengali case ending may follow but no Latin letter.
    # Each template names its group apart, so that the alternation compiles.
    templates = [
        t.replace("{name}", rf"(?<![\w\u0980-\u09ff])(?P<n{i}>{alternatives})(?![A-Za-z0-9])")
        for i, t in enumerate(templates)
    ]
    return re.compile("|".join(f"(?:{t})" for t in templates)), names


def find_source(text: str) -> str | None:
    """The news agency `text` credits ("reported BSS", "(UNB)", "(With inputs from ANI)")."""
    pattern, names = _credit_pattern()
    # Most articles name no agency at all: plain substring tests settle that quickly.
    if not any(alias in text for alias in names):
        return None
    found = pattern.search(text)
    if not found:
        return None
    return names[next(alias for alias in found.groupdict().values() if alias)]
