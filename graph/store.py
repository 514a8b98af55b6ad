"""The store interface: a graph database that runs Cypher.

Both backends (the embedded FalkorDB and Neo4j) run the same Cypher text,
so the interface is small: run a query, make sure ids are indexed and
unique, close. Read-only is enforced by the database itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Protocol, TypeAlias

from diplograph.config import Settings
from diplograph.errors import StoreError

from .store_falkor import FalkorStore
from .store_neo4j import Neo4jStore

# A write statement, its parameters, and what to call once it is stored (or None).
Write: TypeAlias = tuple[str, Mapping[str, Any], Callable[[], object] | None]


class Store(Protocol):
    """A graph database that runs Cypher: the embedded FalkorDB or a Neo4j server."""

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Rows as dicts keyed by the RETURN columns. Read-only unless write=True.

        Both backends give the same shapes: a node is the dict of its properties
        plus `_labels`; a relationship the dict of its properties plus `_type`,
        `_start` and `_end` (the `id` of its start and end nodes); a path is
        `{"nodes": [...], "relationships": [...]}`. StoreError when the database
        refuses the query (a write sent read-only among others)."""
        ...

    def write_all(self, writes: Iterable[Write]) -> None:
        """Run each write statement in order, each once those before it are done,
        calling its callback once it is stored; StoreError as `query` raises it.

        The writes are taken as they are needed: a backend may take the next ones
        (and so let the caller make them) while its database runs those before."""
        ...

    def ensure_schema(self) -> None:
        """Indexes and uniqueness on `id` for every node label of the schema."""
        ...

    def close(self) -> None: ...


# The backend for each value of `Settings.store`.
STORES: dict[str, Callable[[Settings], Store]] = {"embedded": FalkorStore, "neo4j": Neo4jStore}


@contextmanager
def open_store(settings: Settings) -> Iterator[Store]:
    """The store `settings.store` names, its schema ensured, closed when the block ends.

    >>> with open_store(load_settings()) as store:
    ...     store.query("MATCH (n) RETURN count(n) AS nodes")
    """
    backend = STORES.get(settings.store)
    if backend is None:
        raise StoreError(f"unknown store {settings.store!r}; choose one of {', '.join(STORES)}")
    store = backend(settings)
    try:
        store.ensure_schema()
        yield store
    finally:
        store.close()
