"""Bytes to text: the encodings news files come in, and refusing binary files.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read directly;
anything else goes to charset-normalizer, limited to the single-byte Western
encodings pages are saved in (cp1252, which also reads Latin-1 text the way
browsers do). Its free guess among every code page picks Baltic or Central
European pages for short French or English text, so it is not offered them.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CANDIDATES = ["utf_8", "cp1252", "latin_1"]
# Control characters no text file carries, and the replacement character.
_NOISE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


class BinaryInput(ValueError):
    """The bytes are not text in any encoding diplograph reads."""

    def __init__(self) -> None:
        super().__init__("binary file")


def sniff_encoding(data: bytes) -> str:
    """The Python codec name that decodes `data`; raises BinaryInput for binary data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    if b"\x00" in data:
        raise BinaryInput
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample cut inside the last character is still UTF-8.
        if error.start < len(data) - 3:
            return _guessed_encoding(data)
    return "utf-8"


def _guessed_encoding(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise BinaryInput
    return best.encoding


def decode_bytes(data: bytes) -> str:
    """The text of `data`, BOM removed; raises BinaryInput when it is not text."""
    # The sniffed encoding reads the whole text; a stray byte becomes U+FFFD
    # rather than losing the article.
    text = data.decode(sniff_encoding(data), errors="replace")
    if looks_binary(text):
        raise BinaryInput
    return text


def looks_binary(text: str) -> bool:
    """Whether decoded text is mostly control characters or undecodable bytes."""
    head = text[:4096]
    noise = len(_NOISE.findall(head))
    return noise > max(2, len(head) // 20)
