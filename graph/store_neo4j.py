"""The Neo4j store: the same Cypher as the embedded store, on a Neo4j 5 server.

Reads run in READ managed transactions, so the server itself refuses a
write sent as a read. Works with the neo4j driver 5.x and 6.x.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError
from neo4j.graph import Node, Path, Relationship

from diplograph.config import Settings
from diplograph.errors import StoreError

from .schema import INTERACTION_KEY, INTERACTION_TYPES, NODE_LABELS, UNIQUE_NODE_PROPERTY

# The URI schemes of the Bolt protocol (plain, then with certificates checked or
# self-signed); the driver's other schemes (http, https) are a preview API.
BOLT_SCHEMES = ("bolt", "neo4j", "bolt+s", "neo4j+s", "bolt+ssc", "neo4j+ssc")


class Neo4jStore:
    """The Neo4j database at `settings.neo4j_uri`, reached with the settings' user and password."""

    def __init__(self, settings: Settings) -> None:
        if not settings.neo4j_uri:
            raise StoreError(
                "the neo4j store needs a URI: set NEO4J_URI (e.g. bolt://localhost:7687)"
            )
        # Shown in messages: a password written into the URI stays out of them.
        self.uri = shown_uri(settings.neo4j_uri)
        if urlsplit(settings.neo4j_uri).scheme not in BOLT_SCHEMES:
            raise StoreError(
                f"NEO4J_URI {self.uri} is not a Bolt address; diplograph speaks "
                f"Bolt: use {' or '.join(s + '://HOST:7687' for s in BOLT_SCHEMES[:2])}"
            )
        self._database = settings.neo4j_database
        self._secrets = [
            secret
            for secret in (settings.neo4j_password, urlsplit(settings.neo4j_uri).password)
            if secret
        ]
        auth = (settings.neo4j_user, settings.neo4j_password or "")
        try:
            self._driver = neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=auth)
            self._driver.verify_connectivity()
        except AuthError as e:
            self._close_driver()
            raise StoreError(
                f"Neo4j at {self.uri} refused the credentials of user {settings.neo4j_user!r}; "
                "check NEO4J_USER and NEO4J_PASSWORD"
            ) from e
        except (DriverError, Neo4jError, ValueError) as e:
            self._close_driver()
            raise StoreError(f"cannot reach Neo4j at {self.uri}: {self._reason(e)}") from e

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column, in a READ transaction unless write=True."""

        def rows(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            records = list(tx.run(cypher, dict(params or {})))
            ends = _endpoint_ids(tx, records)
            return [{k: plain_value(v, ends) for k, v in record.items()} for record in records]

        try:
            with self._driver.session(database=self._database) as session:
                run = session.execute_write if write else session.execute_read
                return run(rows)
        except (DriverError, Neo4jError) as e:
            raise StoreError(f"Neo4j at {self.uri} refused the query: {self._reason(e)}") from e

    def write_all(
        self, writes: Iterable[tuple[str, Mapping[str, Any], Callable[[], object] | None]]
    ) -> None:
        """Run each write statement in its own transaction, in order, and call its callback."""
        for cypher, params, done in writes:
            self.query(cypher, params, write=True)
            if done is not None:
                done()

    def ensure_schema(self) -> None:
        """Uniqueness of `id` and an index on `name` for every label, an index on
        `event_key` for every interaction type; existing ones are kept."""
        for label in NODE_LABELS:
            key = label.lower()
            self.query(
                f"CREATE CONSTRAINT {key}_{UNIQUE_NODE_PROPERTY} IF NOT EXISTS "
                f"FOR (n:{label}) REQUIRE n.{UNIQUE_NODE_PROPERTY} IS UNIQUE",
                write=True,
            )
            self.query(
                f"CREATE INDEX {key}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)", write=True
            )
        for rel_type in INTERACTION_TYPES:
            self.query(
                f"CREATE INDEX {rel_type.lower()}_{INTERACTION_KEY} IF NOT EXISTS "
                f"FOR ()-[r:{rel_type}]-() ON (r.{INTERACTION_KEY})",
                write=True,
            )

    def _reason(self, error: Exception) -> str:
        """The server's or driver's message, on one line, with no password in it."""
        reason = _reason(error)
        for secret in self._secrets:
            reason = reason.replace(secret, "***")
        return reason

    def close(self) -> None:
        """Close the driver and its connections."""
        self._close_driver()

    def _close_driver(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()
            self._driver = None


def shown_uri(uri: str) -> str:
    """The URI with any password in it replaced by ***."""
    parts = urlsplit(uri)
    if parts.password is None:
        return uri
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def plain_value(value: Any, ends: dict[str, Any]) -> Any:
    """A result value with nodes, relationships and paths as plain dicts, as FalkorStore
    gives them. `ends` maps element ids to `id` properties."""
    if isinstance(value, Node):
        return {
            **{k: plain_value(v, ends) for k, v in value.items()},
            "_labels": sorted(value.labels),
        }
    if isinstance(value, Relationship):
        return {
            **{k: plain_value(v, ends) for k, v in value.items()},
            "_type": value.type,
            "_start": ends.get(value.start_node.element_id),
            "_end": ends.get(value.end_node.element_id),
        }
    if isinstance(value, Path):
        return {
            "nodes": [plain_value(n, ends) for n in value.nodes],
            "relationships": [plain_value(r, ends) for r in value.relationships],
        }
    if isinstance(value, list):
        return [plain_value(v, ends) for v in value]
    if isinstance(value, dict):
        return {k: plain_value(v, ends) for k, v in value.items()}
    return value


def _endpoint_ids(tx: neo4j.ManagedTransaction, records: list[neo4j.Record]) -> dict[str, Any]:
    """The `id` property of every node the records hold or a relationship ends on, by
    element id; one more query (same transaction) for the nodes not returned."""
    ids: dict[str, Any] = {}
    wanted: set[str] = set()
    for value in _graph_values(records):
        if isinstance(value, Node):
            ids[value.element_id] = value.get("id")
        else:
            wanted.update((value.start_node.element_id, value.end_node.element_id))
    if missing := wanted - ids.keys():
        found = tx.run(
            "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id",
            {"ids": sorted(missing)},
        )
        ids.update((record["e"], record["id"]) for record in found)
    return ids


def _graph_values(value: Any) -> Iterator[Node | Relationship]:
    """Every node and relationship inside result values, however nested."""
    if isinstance(value, Node | Relationship):
        yield value
    elif isinstance(value, Path):
        yield from value.nodes
        yield from value.relationships
    elif isinstance(value, neo4j.Record):
        yield from _graph_values(list(value.values()))
    elif isinstance(value, list):
        for item in value:
            yield from _graph_values(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _graph_values(item)


def _reason(error: Exception) -> str:
    """The server's or driver's own message, on one line."""
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    return " ".join(str(message).split())
