"""Topics of an interaction (from its sentence, else its neighbours) and of a whole article."""

from __future__ import annotations

from .mentions import Reading


def sentence_topics(readings: list[Reading], index: int) -> list[str]:
    """Topic ids named in sentence `index`, else in the sentences just before and after it."""
    own = list(dict.fromkeys(readings[index].topics))
    if own:
        return own
    near: list[str] = []
    for j in (index - 1, index + 1):
        if 0 <= j < len(readings):
            near.extend(readings[j].topics)
    return list(dict.fromkeys(near))


def article_topics(readings: list[Reading], relation_topics: list[list[str]]) -> list[str]:
    """Topics the article covers: of its interactions, of what was discussed, or named twice."""
    # Counted in a plain dict: Counter's methods run as Python even when this is compiled.
    counts: dict[str, int] = {}
    for r in readings:
        for t in r.topics:
            counts[t] = counts.get(t, 0) + 1
    chosen = [t for ts in relation_topics for t in ts]
    chosen += [t for r in readings if "discussion" in r.words.values() for t in r.topics]
    # The most named first; a stable sort keeps ties in the order named, as most_common does.
    chosen += [t for t, n in sorted(counts.items(), key=lambda tn: -tn[1]) if n >= 2]
    return list(dict.fromkeys(chosen))
