"""The article inside an HTML page: its main text and the page's own metadata."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura

# The page's own publication date (meta tags, JSON-LD, time elements), not the
# last modification, and never a date guessed from the body text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True)
class PageText:
    """What an HTML page holds for diplograph: the main text and what the page says about it."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


def page_text(html: str) -> PageText | None:
    """The main text of `html` (menus, sidebars, footers and related links dropped), or None."""
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None or not (document.text or "").strip():
        return None
    return PageText(
        text=document.text,
        title=document.title or None,
        date=document.date or None,
        url=document.url or None,
    )
