"""Nothing injected: values reach Cypher only as parameters, labels and relationship
types only from the schema's tables; `query` cannot write without --write; the
embedded server is reachable by its owner only, through a unix socket, never TCP."""

from __future__ import annotations

import ast
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import hypothesis
import pytest
from diplograph.graph import cypher, schema
from diplograph.graph.cypher import clear, count_graph, write_extractions
from diplograph.graph.store_falkor import SOCKET_FILE, FalkorStore
from diplograph.loaders.model import Article, Entity, Extraction, Relation
from hypothesis import strategies as st

from diplograph.config import Settings

DIPLOGRAPH = Path(sys.executable).parent / "diplograph"
PROJECT = Path(cypher.__file__).parent.parent
# Text a hostile article could carry: quotes, backslashes, braces, comments,
# Cypher keywords, parameter and backtick syntax, line breaks, two scripts.
HOSTILE = [
    'O\'Brien "Jr" }) DETACH DELETE n //',
    "\\'}) MATCH (n) DETACH DELETE n RETURN 1 //",
    '"}]->(x) CREATE (:Country {id: "country:XXX"}) //',
    "$rows `id` \\u0027 /* */ \n CALL db.idx.fulltext.drop('Topic')",
    "রিনা দাস'); DROP GRAPH diplograph; --",
]


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(DIPLOGRAPH), *args, "--data-dir", str(data_dir)], capture_output=True, text=True
    )


# --- every value a parameter, labels and types from the schema only ---------------


class RecordingStore:
    """The real store, keeping the text of every query sent to it."""

    def __init__(self, store) -> None:
        self.store = store
        self.texts: list[str] = []

    def query(self, text, params=None, *, write=False):
        self.texts.append(text)
        return self.store.query(text, params, write=write)

    def write_all(self, writes):
        def recorded():
            for text, params, done in writes:
                self.texts.append(text)
                yield text, params, done

        self.store.write_all(recorded())


def hostile_extraction(number: int, hostile: str) -> Extraction:
    country = Entity("country:BGD", "Country", "Bangladesh", [hostile], "Bangladesh")
    person = Entity(
        f"official:x{number}", "Official", hostile, [hostile + " 2"], "Bangladesh", hostile
    )
    topic = Entity("topic:trade", "Topic", "trade", [hostile])
    article = Article(f"{hostile} {number}", "en", hostile, "2025-01-02", hostile, hostile, hostile)
    relations = [
        Relation(kind, person.id, country.id, ["trade", hostile], "2025-01-02", hostile)
        for kind in schema.INTERACTION_TYPES
    ]
    return Extraction(article, [country, person, topic], relations)


def schema_statements() -> set[str]:
    """Every write statement the writer can build: one per schema name or combination."""
    labels = schema.NODE_LABELS
    statements = {cypher.node_statement(label) for label in labels}
    for rel_type in schema.INTERACTION_TYPES:
        for source in labels:
            for target in labels:
                statements.add(cypher.interaction_statement((rel_type, source, target)))
    for structural in schema.STRUCTURAL_TYPES:
        for target in [structural.target] if structural.target else labels:
            group = (structural.name, structural.source, target)
            statements.add(cypher.structural_statement(group))
            statements.add(cypher.mentions_statement(group))
    return statements


def test_the_writer_sends_only_statements_built_from_schema_names(store):
    recording = RecordingStore(store)
    extractions = [hostile_extraction(n, text) for n, text in enumerate(HOSTILE)]
    write_extractions(recording, extractions)
    write_extractions(recording, extractions)
    assert recording.texts
    assert set(recording.texts) <= schema_statements()
    for text in recording.texts:
        assert not any(hostile in text for hostile in HOSTILE)
    # The values themselves were stored, verbatim, and nothing else happened.
    names = {r["name"] for r in store.query("MATCH (o:Official) RETURN o.name AS name")}
    assert names == set(HOSTILE)
    counts = count_graph(store)
    assert counts["nodes"]["Country"] == 1
    assert counts["relationships"]["MET"] == len(HOSTILE)


def test_schema_names_are_plain_identifiers():
    names = [
        *schema.NODE_LABELS,
        *schema.RELATIONSHIP_TYPES,
        schema.INTERACTION_KEY,
        schema.UNIQUE_NODE_PROPERTY,
        *schema.INDEXED_NODE_PROPERTIES,
        *(p for props in schema.NODE_PROPERTIES.values() for p in props),
        *(t.target_key for t in schema.STRUCTURAL_TYPES),
    ]
    assert all(re.fullmatch(r"[A-Za-z_]+", name) for name in names)


@pytest.mark.parametrize("kind", ["MET) DETACH DELETE (n", "Met", "KNOWS", "MET`"])
def test_a_relation_type_outside_the_schema_is_refused_before_anything_is_written(store, kind):
    extraction = hostile_extraction(0, "x")
    extraction.relations[0].type = kind
    with pytest.raises(ValueError, match="unknown relationship type"):
        write_extractions(store, [extraction])
    assert store.query("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


@pytest.mark.parametrize("kind", ["Country:Official", "Person", "Topic {id: 1})"])
def test_an_entity_type_outside_the_schema_is_refused_before_anything_is_written(store, kind):
    extraction = hostile_extraction(0, "x")
    extraction.entities[0].type = kind
    with pytest.raises(ValueError, match="unknown node label"):
        write_extractions(store, [extraction])
    assert store.query("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


# Modules whose f-strings build Cypher, and the only names those f-strings may hold:
# schema names and what is built from them (export.py writes a script file, whose
# values go through cypher_literal).
CYPHER_BUILDERS = {
    "graph/aggregate.py": {"INTERACTIONS"},
    "graph/subgraph.py": {"label", "WALKED"},
    "graph/cypher.py": {
        "label",
        "created",
        "keep_first",
        "source",
        "target",
        "target_key",
        "rel_type",
    },
    "graph/store_falkor.py": {"label", "prop", "rel_type"},
    "graph/store_neo4j.py": {"key", "label", "rel_type", "rel_type.lower()"},
    "graph/export.py": {
        "label",
        "rel_type",
        "variable",
        "', '.join(pairs)",
        "_set('n', props)",
        "checked_label(G.nodes[u]['label'])",
        "checked_label(G.nodes[v]['label'])",
        "cypher_literal(u)",
        "cypher_literal(v)",
        "cypher_literal(node)",
        "cypher_literal(event)",
    },
}
SCHEMA_CONSTANTS = {"INTERACTION_KEY", "UNIQUE_NODE_PROPERTY"}
CYPHER_WORDS = re.compile(r"\b(MATCH|MERGE|CREATE|UNWIND|SET|RETURN|DELETE|CALL|WITH)\b")


def cypher_formatting(path: Path) -> list[tuple[int, str]]:
    """(line, expression) of every value put into Cypher text by an f-string, % or .format."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if CYPHER_WORDS.search(text):
                found += [
                    (node.lineno, ast.unparse(v.value))
                    for v in node.values
                    if isinstance(v, ast.FormattedValue)
                ]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            if isinstance(node.left, ast.Constant) and CYPHER_WORDS.search(str(node.left.value)):
                found.append((node.lineno, "% formatting"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            formatted = node.func.value
            if (
                node.func.attr == "format"
                and isinstance(formatted, ast.Constant)
                and CYPHER_WORDS.search(str(formatted.value))
            ):
                found.append((node.lineno, ".format"))
    return found


def test_cypher_text_is_built_from_schema_names_only():
    sources = sorted((PROJECT / "graph").glob("*.py")) + sorted((PROJECT / "queries").glob("*.py"))
    assert len(sources) > 5
    for path in sources:
        allowed = CYPHER_BUILDERS.get(path.relative_to(PROJECT).as_posix(), set())
        for line, expression in cypher_formatting(path):
            assert expression in allowed | SCHEMA_CONSTANTS, f"{path}:{line} puts {expression}"


@hypothesis.settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[hypothesis.HealthCheck.function_scoped_fixture],
)
@hypothesis.given(text=st.text(min_size=1, max_size=40))
def test_any_text_is_stored_verbatim(store, text):
    clear(store)
    write_extractions(store, [hostile_extraction(0, text)])
    (row,) = store.query(
        "MATCH (o:Official)-[r:OFFERED]->(:Country) RETURN o.name AS name, r.evidence AS evidence"
    )
    # The embedded store cannot take NUL characters (see store_falkor.params_header).
    stored = text.replace("\x00", "")
    assert row == {"name": stored, "evidence": [stored]}


def stored(data_dir: Path, cypher_text: str) -> list[dict]:
    """Rows read straight from the embedded store in data_dir."""
    with FalkorStore(Settings(data_dir=data_dir)) as store:
        return store.query(cypher_text)


def test_hostile_parameters_on_the_command_line_are_only_values(tmp_path):
    data_dir = tmp_path / "data"
    names = [f"h{n}" for n in range(len(HOSTILE))]
    create = ", ".join(f"(:Topic {{id: ${name}}})" for name in names)
    params = [
        arg for name, text in zip(names, HOSTILE, strict=True) for arg in ("-p", f"{name}={text}")
    ]
    created = run("query", "--write", f"CREATE {create}", *params, data_dir=data_dir)
    assert created.returncode == 0, created.stderr
    found = stored(data_dir, "MATCH (t:Topic) RETURN t.id AS id")
    assert sorted(row["id"] for row in found) == sorted(HOSTILE)


# --- query is read-only unless --write ----------------------------------------------

# A query that writes, and one counting what it wrote (0 before, 1 after).
WRITES = {
    "CREATE (:Topic {id: 'topic:new'})": "MATCH (t:Topic {id: 'topic:new'}) RETURN count(t) AS n",
    "MERGE (:Topic {id: 'topic:merged'})": "MATCH (t:Topic {id: 'topic:merged'}) "
    "RETURN count(t) AS n",
    "MATCH (t:Topic) SET t.name = 'changed'": "MATCH (t:Topic {name: 'changed'}) "
    "RETURN count(t) AS n",
    "MATCH (t:Topic) REMOVE t.name": "MATCH (t:Topic) WHERE t.name IS NULL RETURN count(t) AS n",
    "MATCH (t:Topic) DELETE t": "MATCH (t:Topic) RETURN 1 - count(t) AS n",
    "CALL db.idx.fulltext.createNodeIndex('Topic', 'name')": "CALL db.indexes() YIELD label, types "
    "WHERE label = 'Topic' AND 'FULLTEXT' IN types.name RETURN count(*) AS n",
}


@pytest.mark.parametrize("write", WRITES)
def test_query_writes_only_with_the_write_flag(settings, write):
    with FalkorStore(settings) as store:
        store.query("CREATE (:Topic {id: 'topic:trade', name: 'trade'})", write=True)
        before = store.query("MATCH (n) RETURN n")
    refused = run("query", write, data_dir=settings.data_dir)
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith("error:") and "read-only" in line and "--write" in line
    assert stored(settings.data_dir, "MATCH (n) RETURN n") == before
    assert stored(settings.data_dir, WRITES[write]) == [{"n": 0}]
    done = run("query", "--write", write, data_dir=settings.data_dir)
    assert done.returncode == 0, done.stderr
    assert stored(settings.data_dir, WRITES[write]) == [{"n": 1}]


# --- the embedded server: owner only, unix socket only --------------------------------


def socket_inodes(pid: int) -> set[str]:
    """The inodes of the sockets process `pid` has open."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd)
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    return inodes


def network_inodes(pid: int, table: str) -> set[str]:
    """Inodes of the sockets of /proc/<pid>/net/<table> (tcp, tcp6, udp, udp6, unix)."""
    lines = Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]
    column = 6 if table == "unix" else 9
    return {line.split()[column] for line in lines if len(line.split()) > column}


def test_the_server_listens_on_a_private_unix_socket_and_no_network_port(settings):
    with FalkorStore(settings) as store:
        sockets = socket_inodes(store.pid)
        for table in ("tcp", "tcp6", "udp", "udp6"):
            assert not sockets & network_inodes(store.pid, table), f"a {table} socket is open"
        assert sockets & network_inodes(store.pid, "unix")
        mode = (settings.data_dir / SOCKET_FILE).stat().st_mode
        assert stat.S_ISSOCK(mode)
        assert stat.S_IMODE(mode) == 0o700


def test_every_file_of_the_store_is_private_even_in_an_open_data_dir(settings):
    settings.data_dir.mkdir(mode=0o755)
    settings.data_dir.chmod(0o755)  # a directory the user made, readable by all
    with FalkorStore(settings) as store:
        store.query("CREATE (:Topic {id: 'topic:trade'})", write=True)
    made = list(settings.data_dir.rglob("*"))
    assert any(path.name.endswith(".aof") for path in made)
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, f"{path} is readable by others"


def test_a_new_data_dir_is_owner_only(tmp_path):
    data_dir = tmp_path / "new" / "data"
    shown = run("stats", data_dir=data_dir)
    assert shown.returncode == 0, shown.stderr
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
