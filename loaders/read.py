"""Files, folders and stdin become Articles: decoded, cleaned, dated and credited.

A failing input never stops the others: `read_articles` hands an InputError
to `on_error` and goes on (or raises it when no `on_error` is given).

>>> for article in read_articles(["articles/"], on_error=print):
...     print(article.date, article.title)
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError
from .clean import clean_text, find_source, normalize_text
from .dates import publication_date
from .decode import BinaryInput, decode_bytes, sniff_encoding
from .language import detect_language
from .model import Article
from .page_text import page_text

# One article is a few kilobytes; a file this large is not one article.
MAX_FILE_BYTES = 50 * 1024 * 1024
# How much of a stream is looked at to choose its encoding and format.
_SNIFF_BYTES = 64 * 1024
# A headline is one short line without the punctuation that ends a sentence.
_HEADLINE_MAX_CHARS = 200
_NOT_HEADLINE_END = ".।:;,"

_LANGUAGE_NAMES = {"bengali": "bn", "bangla": "bn", "english": "en"}

Item = Article | InputError
Reader = Callable[[Path, str], Iterator[Item]]

_HEADER = re.compile(r"\s*(url|title|date|source|language)\s*:\s*(.*?)\s*", re.IGNORECASE)
# "date 2022-11-15 The European Union on Monday..." : the body starts after the date.
_GLUED_DATE = re.compile(r"\s*date\s*:?\s+(\d{4}-\d{1,2}-\d{1,2})\b\s*(.*)", re.IGNORECASE)


def read_articles(
    paths: Iterable[str | Path],
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Article]:
    """The articles in `paths`: files, folders (recursively, sorted) or "-" for stdin."""
    for given in paths:
        for item in _read_path(str(given)):
            if isinstance(item, Article):
                yield item
            elif on_error is None:
                raise item
            else:
                on_error(item)


def _read_path(given: str) -> Iterator[Item]:
    if given == "-":
        yield from read_stream(sys.stdin.buffer, given)
        return
    path = Path(given)
    if path.is_dir():
        for file in article_files(path):
            yield from _guarded(str(file), lambda file=file: _read_file(file, str(file)))
    elif path.exists():
        yield from _guarded(given, lambda: _read_file(path, given))
    else:
        yield InputError(given, "no such file or directory")


def _guarded(shown: str, read: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """The items of `read()`; a file that cannot be read at all becomes one InputError."""
    try:
        yield from read()
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(shown, (error.strerror or str(error)).lower())


def article_files(folder: Path) -> list[Path]:
    """The files of `folder` and its subfolders that a reader knows, sorted; hidden ones skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(root, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in READERS
        ]
    return sorted(found)


def _read_file(path: Path, shown: str) -> Iterator[Item]:
    # A file named on its own is read as text whatever its extension.
    reader = READERS.get(path.suffix.lower(), read_txt)
    return reader(path, shown)


def _file_bytes(path: Path, shown: str) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(shown, f"file too large ({_mb(size)} MB, limit {_mb(MAX_FILE_BYTES)} MB)")
    return path.read_bytes()


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.0f}"


def _file_text(path: Path, shown: str) -> str:
    data = _file_bytes(path, shown)
    return _decoded(data, shown)


def _decoded(data: bytes, shown: str, line: int | None = None) -> str:
    if not data.strip():
        raise InputError(shown, "empty file", line)
    try:
        text = decode_bytes(data)
    except BinaryInput as error:
        raise InputError(shown, str(error), line) from error
    if not text.strip():
        raise InputError(shown, "empty file", line)
    return text


def read_txt(path: Path, shown: str) -> Iterator[Item]:
    """One article from a plain-text file, with optional url/title/date header lines."""
    yield text_article(_file_text(path, shown), shown)


def read_html(path: Path, shown: str) -> Iterator[Item]:
    """One article from an HTML page: its main text, title, date and canonical url."""
    page = page_text(_file_text(path, shown))
    if page is None:
        raise InputError(shown, "no article text in the page")
    yield article(page.text, shown, title=page.title, date=page.date, url=page.url)


def read_json(path: Path, shown: str) -> Iterator[Item]:
    """The articles of a JSON file holding one object or a list of objects."""
    text = _file_text(path, shown)
    try:
        loaded = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(shown, _json_problem(error), getattr(error, "lineno", None)) from error
    objects = loaded if isinstance(loaded, list) else [loaded]
    for number, obj in enumerate(objects, 1):
        where = f"item {number}: " if isinstance(loaded, list) else ""
        yield _json_article(obj, shown, where=where)


def read_jsonl(path: Path, shown: str) -> Iterator[Item]:
    """The articles of a JSON Lines file, read line by line however large the file."""
    with path.open("rb", buffering=_SNIFF_BYTES) as stream:
        yield from _jsonl_articles(_text_stream(stream, shown), shown)


def read_stream(stream: BinaryIO, shown: str = "-") -> Iterator[Item]:
    """The articles of a byte stream (stdin), and InputErrors for what cannot be read.

    JSON Lines when the stream starts with "{", else one text article.
    """
    yield from _guarded(shown, lambda: _stream_items(stream, shown))


def _stream_items(stream: BinaryIO, shown: str) -> Iterator[Item]:
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]  # type: ignore[attr-defined]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        text = _text_stream(buffered, shown)
        try:
            yield from _jsonl_articles(text, shown)
        finally:
            # Leave the stream open: it is the caller's (stdin).
            text.detach()
        return
    data = buffered.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(shown, f"input too large (limit {_mb(MAX_FILE_BYTES)} MB)")
    yield text_article(_decoded(data, shown), shown)


def _text_stream(stream: BinaryIO, shown: str) -> io.TextIOWrapper:
    """`stream` decoded in the encoding its first bytes show."""
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]  # type: ignore[attr-defined]
    # Sniff whole lines only: a sample cut inside a character is not another encoding.
    sample = head[: head.rfind(b"\n") + 1] or head
    try:
        encoding = sniff_encoding(sample)
    except BinaryInput as error:
        raise InputError(shown, str(error)) from error
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)


def _jsonl_articles(lines: Iterable[str], shown: str) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if len(line) > MAX_FILE_BYTES:
            yield InputError(shown, f"line too large (limit {_mb(MAX_FILE_BYTES)} MB)", number)
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as error:
            yield InputError(shown, _json_problem(error), number)
            continue
        yield _json_article(obj, shown, line=number)


def _json_problem(error: json.JSONDecodeError | RecursionError) -> str:
    if isinstance(error, RecursionError):
        return "malformed JSON: nested too deeply"
    return f"malformed JSON: {error.msg.lower()} (column {error.colno})"


def _json_article(obj: Any, shown: str, line: int | None = None, where: str = "") -> Item:
    if not isinstance(obj, dict):
        return InputError(shown, f"{where}not a JSON object", line)
    text = obj.get("text") or obj.get("body")
    if not isinstance(text, str) or not text.strip():
        return InputError(shown, f"{where}no text or body", line)
    try:
        return article(
            text,
            shown,
            title=_field(obj, "title"),
            date=_field(obj, "date"),
            url=_field(obj, "url"),
            language=_field(obj, "language"),
            source=_field(obj, "source"),
            id=_field(obj, "id"),
        )
    except InputError as error:
        return InputError(shown, f"{where}{error.reason}", line)


def _field(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return str(value).strip() or None if value is not None else None


def text_article(raw: str, shown: str) -> Article:
    """The article of a plain text: header lines (url:, title:, date:) first, then the body."""
    fields, body = split_header(raw)
    return article(
        body,
        shown,
        title=fields.get("title"),
        date=fields.get("date"),
        url=fields.get("url"),
        language=fields.get("language"),
        source=fields.get("source"),
    )


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header fields at the top of a text file, and the body after them."""
    fields: dict[str, str] = {}
    lines = text.lstrip("\ufeff").splitlines()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        glued = _GLUED_DATE.fullmatch(line)
        header = _HEADER.fullmatch(line)
        if glued:
            fields.setdefault("date", glued[1])
            if glued[2]:
                return fields, "\n".join([glued[2], *lines[i + 1 :]])
            continue
        if not header:
            return fields, "\n".join(lines[i:])
        if header[2]:
            fields.setdefault(header[1].lower(), header[2])
    return fields, ""


def article(
    raw: str,
    shown: str,
    *,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    language: str | None = None,
    source: str | None = None,
    id: str | None = None,
) -> Article:
    """An Article from raw body text and what its container said about it.

    The publication date and the credited agency are read from the raw text,
    before cleaning drops the date lines and credit lines they sit on.
    """
    # The text stays as the page wrote it, so that evidence is verbatim; matching
    # compares it in NFC (each reader normalises what it compares).
    raw = raw.lstrip("\ufeff")
    language = language_code(language) if language else detect_language(raw)
    text = clean_text(raw, language)
    if not text:
        raise InputError(shown, "no article text")
    return Article(
        text=text,
        language=language,
        title=normalize_text(title) if title else headline(text),
        date=publication_date(raw, language, header_date=date),
        source=source or find_source(normalize_text(raw)),
        path=shown,
        url=url,
        id=id or "",
    )


def language_code(value: str) -> str:
    """The short code of a language as files name it: "bn-BD", "Bangla" and "bn" are "bn"."""
    code = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    return _LANGUAGE_NAMES.get(code, code)


def headline(text: str) -> str | None:
    """The first line of `text` when it reads as a headline: short, no sentence-ending stop."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if 0 < len(first) <= _HEADLINE_MAX_CHARS and first[-1] not in _NOT_HEADLINE_END:
        return first
    return None


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
