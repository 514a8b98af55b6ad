"""The store interface: a graph database that runs Cypher.

Both backends (the embedded FalkorDB and Neo4j) run the same Cypher text,
so the interface is small: run a query, make sure ids are indexed and
unique, close. Read-only is enforced by the database itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol


class Store(Protocol):
    """A graph database that runs Cypher: the embedded FalkorDB or a Neo4j server."""

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Rows as dicts keyed by the RETURN columns; nodes and relationships come back
        as plain dicts of their properties. Read-only unless write=True."""
        ...

    def ensure_schema(self) -> None:
        """Indexes and uniqueness on `id` for every node label of the schema."""
        ...

    def close(self) -> None: ...
