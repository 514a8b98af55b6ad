"""The named Cypher queries: one `.cypher` file each in this folder, read-only.

Each file starts with a header of comments that says what it is:

    // name: between_countries
    // description: Every interaction between two countries ...
    // params: a (country: name, alias or id), b (country: name, alias or id), limit (...)
    // defaults: limit=500

A parameter with a default may be left out. The same text runs on the
embedded FalkorDB and on Neo4j.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from diplograph.errors import UsageError

from ..graph.store import Store

HEADER_LINE = re.compile(r"^//\s*(name|description|params|defaults):\s*(.*)$")
# One parameter of the header: a name, then what it takes in parentheses.
PARAM = re.compile(r"(\w+)\s*(?:\(([^)]*)\))?")
# One default of the header: a name, =, a whole number.
DEFAULT = re.compile(r"(\w+)\s*=\s*(\d+)")


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: its name, what it returns, its parameters
    (name -> what to give), the values of those that may be left out, and its
    Cypher text."""

    name: str
    description: str
    params: dict[str, str]
    cypher: str
    defaults: dict[str, int] = field(default_factory=dict)


@cache
def list_queries() -> list[NamedQuery]:
    """Every named query of the library, by name."""
    files = resources.files(__package__).iterdir()
    queries = [
        parse_query(f.read_text(encoding="utf-8"), f.name)
        for f in files
        if f.name.endswith(".cypher")
    ]
    return sorted(queries, key=lambda q: q.name)


def get_query(name: str) -> NamedQuery:
    """The named query; UsageError naming the known ones when there is none."""
    for query in list_queries():
        if query.name == name:
            return query
    known = ", ".join(q.name for q in list_queries())
    raise UsageError(f"no query named {name!r}; the library has {known}")


def run_query(
    store: Store, name: str, params: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """Rows of the named query on the store, run read-only, with every parameter it
    declares (those left out take their default)."""
    query = get_query(name)
    given = dict(params or {})
    if missing := [p for p in query.params if p not in given and p not in query.defaults]:
        raise UsageError(f"{name} needs {_described(query, missing)}")
    if unknown := sorted(set(given) - set(query.params)):
        raise UsageError(
            f"{name} takes no parameter {', '.join(unknown)}; it takes {', '.join(query.params)}"
        )
    return store.query(query.cypher, query.defaults | given)


def parse_query(text: str, source: str) -> NamedQuery:
    """The named query a .cypher file holds; ValueError when its header lacks a name
    or gives a default to a parameter it does not declare."""
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = HEADER_LINE.match(line.strip())
        if match is None:
            break
        header[match[1]] = match[2].strip()
    if "name" not in header:
        raise ValueError(f"{source}: the header has no '// name:' line")
    params = {m[1]: (m[2] or "").strip() for m in PARAM.finditer(header.get("params", ""))}
    defaults = {m[1]: int(m[2]) for m in DEFAULT.finditer(header.get("defaults", ""))}
    if undeclared := sorted(set(defaults) - set(params)):
        raise ValueError(f"{source}: a default for {', '.join(undeclared)}, not a parameter")
    return NamedQuery(header["name"], header.get("description", ""), params, text, defaults)


def _described(query: NamedQuery, names: list[str]) -> str:
    return ", ".join(f"{n} ({query.params[n]})" if query.params[n] else n for n in names)
