"""Dates in articles: when a page was published, and when the event a sentence reports happened.

Month and weekday names, words for "today" and "yesterday", and Bengali
digits are data (lang/<language>/months.tsv, lang/bn/digits.tsv). English
names are read in every language: Bengali pages print "Nov 18, 2025" too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Final

from .clean import Furniture, furniture, is_body_line, normalize_text
from .language import data_rows, date_words

# A day and month without a year take the publication year, unless that puts
# them this far after publication: "December 28" in a January article is last year's.
_LATEST_AHEAD: Final = timedelta(days=183)
_BEFORE: Final = r"(?<![\w\u0980-\u09ff])"
_AFTER_NUMBER: Final = r"(?![\d])"
_ORDINAL: Final = r"(?:st|nd|rd|th)?"
_RANGE_END: Final = r"(?:\s*[-–]\s*\d{1,2})?"
_YEAR: Final = re.compile(r"\d{4}")
_DIGIT: Final = re.compile(r"\d")
_ISO_START: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Calendar:
    """The date words of a language, and the regexes built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, int]
    full: tuple[re.Pattern[str], ...]
    day_month: tuple[re.Pattern[str], ...]
    weekday: re.Pattern[str]
    # The names alone: a search for them skips from one of their first letters to the next,
    # where `weekday`, which opens with a look-behind, tries every position of the text.
    weekday_name: re.Pattern[str]
    relative_word: re.Pattern[str]


def _names(table: dict[str, int]) -> str:
    return "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True)) or "(?!)"


@cache
def calendar(language: str) -> Calendar:
    """The date words of English and of `language`."""
    kinds = ("month", "weekday", "relative", "year")
    words: dict[str, dict[str, int]] = {kind: {} for kind in kinds}
    words.update(date_words(language))
    month = rf"{_BEFORE}(?P<month>{_names(words['month'])})(?![A-Za-z])\.?"
    day = rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}{_AFTER_NUMBER}"
    year = r"(?P<year>\d{4})(?!\d)"
    full = [
        rf"(?<!\d){year}-(?P<m>\d{{1,2}})-(?P<day>\d{{1,2}}){_AFTER_NUMBER}",
        rf"(?<![\d.])(?P<first>\d{{1,2}})[-/.](?P<second>\d{{1,2}})[-/.]{year}",
        rf"{month}\s+{day}{_RANGE_END},?\s+{year}",
        rf"{day}{_RANGE_END}\s+(?:of\s+)?{month}\S{{0,4}},?\s+{year}",
    ]
    if words["year"]:
        full.append(rf"{year}\s*(?:{_names(words['year'])})\s+{day}\s+{month}")
    day_month = [rf"{month}\s+{day}", rf"{day}{_RANGE_END}\s+(?:of\s+)?{month}"]
    return Calendar(
        months=words["month"],
        weekdays=words["weekday"],
        relative=words["relative"],
        full=tuple(re.compile(p) for p in full),
        day_month=tuple(re.compile(p) for p in day_month),
        weekday=re.compile(rf"{_BEFORE}({_names(words['weekday'])})(?![A-Za-z])"),
        weekday_name=re.compile(_names(words["weekday"])),
        relative_word=re.compile(
            rf"{_BEFORE}(?i:({_names(words['relative'])}))(?![\w\u0980-\u09ff])"
        ),
    )


@cache
def _digits() -> dict[int, str]:
    return str.maketrans({row[0]: row[1] for row in data_rows("bn/digits.tsv")})


@cache
def _digit_re() -> re.Pattern[str]:
    """Any of the digits `_digits` rewrites."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in _digits()) + "]")


def _prepared(text: str) -> str:
    """NFC text with Bengali digits as ASCII digits, so one set of patterns reads both."""
    text = normalize_text(text)
    # Most sentences hold no Bengali digit: a search in C, not a table lookup per character.
    return text.translate(_digits()) if _digit_re().search(text) else text


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(text: str, cal: Calendar) -> date | None:
    """The first complete date (day, month and year) written in prepared `text`."""
    found = sorted(
        (match for pattern in cal.full for match in [pattern.search(text)] if match),
        key=lambda match: match.start(),
    )
    for match in found:
        parts = match.groupdict()
        year = int(parts["year"])
        if parts.get("first"):
            day, month = int(parts["first"]), int(parts["second"])
            # 3/25/2024 can only be month/day/year; otherwise day first, as South Asian pages write.
            if month > 12 >= day:
                day, month = month, day
        else:
            day = int(parts["day"])
            month = cal.months[parts["month"]] if parts.get("month") else int(parts["m"])
        result = _valid(year, month, day)
        if result:
            return result
    return None


def parse_date(value: str, language: str = "en") -> str | None:
    """The ISO date of a date string in a usual form ("2025-11-18T10:00", "18 Nov 2025")."""
    text = _prepared(value.strip())
    iso = _ISO_START.match(text)
    if iso:
        result = _valid(*map(int, iso.groups()))
        return result.isoformat() if result else None
    result = _full_date(text, calendar(language))
    if result:
        return result.isoformat()
    import dateparser  # slow to import; only odd date strings get here

    parsed = dateparser.parse(
        text[:200],
        settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date().isoformat() if parsed and _valid(parsed.year, 1, 1) else None


def publication_date(text: str, language: str, header_date: str | None = None) -> str | None:
    """The date the page says it was published, by precedence of where the page says it.

    The header date, else a "Published" line, else a line holding only a date
    above or below the article, else an "Updated" line, else the dominant date
    of a list of other headlines. `text` is the raw page text, before cleaning
    removed those lines. Dates in the body are events, not publication, and
    the page's "today" line (its city or the Bengali calendar beside the date)
    is the day it was saved; neither is used.
    """
    if header_date:
        parsed = parse_date(header_date, language)
        if parsed:
            return parsed
    rules, cal = furniture(language), calendar(language)
    lines = [line.strip() for line in normalize_text(text).splitlines()]
    # Only a line with a year can hold a full date; most lines are passed over at once.
    dated = [(i, line) for i, line in enumerate(lines) if _YEAR.search(line)]
    found = _line_date(dated, "published", rules, cal)
    if found:
        return found.isoformat()
    above, below = _dates_around_body(lines, dated, rules, cal)
    # One date under the article is its own; several are a list of other articles.
    if above or len(below) == 1:
        return (above or below)[0].isoformat()
    found = _agency_dateline(lines, cal)
    if found:
        return found.isoformat()
    found = _line_date(dated, "updated", rules, cal)
    if found:
        return found.isoformat()
    # A list of other headlines, each with its date, shows the day the page was made.
    # Lines holding only a date were placed above: between paragraphs they are the story's.
    listed = Counter(below)
    listed.update(
        found
        for _, line in dated
        if rules.matches("listing", line)
        and not rules.matches("dateline", line)
        and not rules.matches("date", line)
        for found in [_full_date(_prepared(line), cal)]
        if found
    )
    if listed:
        return max(listed, key=lambda day: (listed[day], day)).isoformat()
    return None


# "DHAKA, Sept 22, 2025 (BSS) - ...", "ঢাকা, ২ নভেম্বর, ২০২৫ (বাসস) : ...", "Male, 9 August
# 2025 - ...": a dateline (with the news agency's credit or not) opens the first paragraph.
_AGENCY_DATELINE: Final = re.compile(r"(.{6,60}?)(?:\([^()\d]{2,30}\))?\s*[:\-–—]\s")
DATELINE_LINES: Final = 12  # how far down the page the first paragraph may start


def _agency_dateline(lines: list[str], cal: Calendar) -> date | None:
    for line in lines[:DATELINE_LINES]:
        match = _AGENCY_DATELINE.match(line)
        if match and is_body_line(line):
            found = _full_date(_prepared(match[1]), cal)
            if found:
                return found
    return None


def _line_date(
    dated: list[tuple[int, str]], kind: str, rules: Furniture, cal: Calendar
) -> date | None:
    """The date of the first line of furniture `kind` that holds one."""
    for _, line in dated:
        if rules.matches(kind, line):
            found = _full_date(_prepared(line), cal)
            if found:
                return found
    return None


def _dates_around_body(
    lines: list[str], dated: list[tuple[int, str]], rules: Furniture, cal: Calendar
) -> tuple[list[date], list[date]]:
    """The dates of lines holding only a date, above the first and below the last paragraph.

    A date line between paragraphs belongs to the story (a timeline), not to the page.
    """
    body = [i for i, line in enumerate(lines) if is_body_line(line)]
    first, last = (body[0], body[-1]) if body else (len(lines), len(lines))
    above: list[date] = []
    below: list[date] = []
    for i, line in dated:
        if (i < first or i > last) and rules.matches("date", line):
            found = _full_date(_prepared(line), cal)
            if found:
                (above if i < first else below).append(found)
    return above, below


def event_date(sentence: str, language: str, published: str | None) -> str | None:
    """The ISO date of the event `sentence` reports, where the text allows, else None.

    A full date is read as written. A day and month, a weekday ("on Monday",
    "মঙ্গলবার") or "today"/"yesterday" are resolved against the publication
    date: a weekday is the latest such day on or before it. Without a
    publication date only a full date is returned; no year is guessed.
    """
    cal = calendar(language)
    text = _prepared(sentence)
    # Most sentences hold no number: the date patterns that need one are not tried.
    found = _full_date(text, cal) if _YEAR.search(text) else None
    if found:
        return found.isoformat()
    pub = _valid(*map(int, published.split("-"))) if published and _is_iso(published) else None
    if pub is None:
        return None
    for pattern in cal.day_month if _DIGIT.search(text) else ():
        match = pattern.search(text)
        if match:
            resolved = _day_month(pub, cal.months[match["month"]], int(match["day"]))
            if resolved:
                return resolved.isoformat()
    # `weekday` cannot match before the first of the names does.
    name = cal.weekday_name.search(text)
    match = cal.weekday.search(text, name.start()) if name else None
    if match:
        back = (pub.weekday() - cal.weekdays[match[1]]) % 7
        return (pub - timedelta(days=back)).isoformat()
    match = cal.relative_word.search(text)
    if match:
        offset = next(v for name, v in cal.relative.items() if name.lower() == match[1].lower())
        return (pub + timedelta(days=offset)).isoformat()
    return None


def _is_iso(value: str | None) -> bool:
    return bool(value and _ISO.fullmatch(value))


def _day_month(published: date, month: int, day: int) -> date | None:
    result = _valid(published.year, month, day)
    if result and result - published > _LATEST_AHEAD:
        result = _valid(published.year - 1, month, day)
    return result
