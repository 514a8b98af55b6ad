"""Every command of the CLI, run as a user runs it: the installed console script,
a real embedded store in a temporary data directory, real example articles."""

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from diplograph.graph.store_falkor import servers_using

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples" / "articles"
CLI = Path(sys.executable).parent / "diplograph"


def run(*args: str, data_dir: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DIPLOGRAPH_HOME": str(data_dir)}
    env.pop("NEO4J_URI", None)
    return subprocess.run(
        [str(CLI), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Path:
    """A data directory holding the example articles."""
    data_dir = tmp_path_factory.mktemp("store")
    result = run("load", str(EXAMPLES), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return data_dir


def test_build_writes_the_page_and_reports_the_graph(tmp_path):
    page = tmp_path / "graph.html"
    result = run("build", str(EXAMPLES), "--html", str(page), data_dir=tmp_path / "store")
    assert result.returncode == 0, result.stderr
    assert "loaded" in result.stdout and "nodes" in result.stdout
    assert page.stat().st_size > 10_000
    assert "vis.DataSet" in page.read_text(encoding="utf-8") or "vis.Network" in page.read_text(
        encoding="utf-8"
    )


def test_loading_the_same_articles_again_changes_nothing(loaded):
    before = json.loads(run("stats", "--format", "json", data_dir=loaded).stdout)
    again = run("load", str(EXAMPLES), data_dir=loaded)
    assert again.returncode == 0, again.stderr
    after = json.loads(run("stats", "--format", "json", data_dir=loaded).stdout)
    assert before == after
    assert any(row["name"] == "Official" and row["count"] > 0 for row in after)


def test_extract_prints_one_json_object_per_article():
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")
    result = run("extract", *map(str, files), "--format", "json", data_dir=ROOT / ".unused")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == len(files)
    assert [o["article"]["path"] for o in objects] == [str(f) for f in files]
    for obj in objects:
        ids = {e["id"] for e in obj["entities"]}
        for rel in obj["relations"]:
            assert rel["source"] in ids and rel["target"] in ids
            assert rel["type"] in {"MET", "REQUESTED", "AGREED", "OFFERED"}


def test_extract_reads_stdin():
    text = "Bangladesh and Nepal signed an agreement on power trade in Kathmandu on Monday."
    result = run("extract", "-", data_dir=ROOT / ".unused", stdin=text)
    assert result.returncode == 0, result.stderr
    names = {e["name"] for e in json.loads(result.stdout)["entities"]}
    assert {"Bangladesh", "Nepal"} <= names


def test_a_missing_input_fails_alone_with_exit_code_1(tmp_path):
    good = next(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")
    result = run("load", str(tmp_path / "nowhere.txt"), str(good), data_dir=tmp_path / "s")
    assert result.returncode == 1
    assert "nowhere.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert "loaded 1 article" in result.stdout


def test_query_returns_rows_as_json_objects(loaded):
    result = run(
        "query",
        "MATCH (c:Country) WHERE c.name = $name RETURN c.id AS id, c.name AS name",
        "--param",
        "name=Bangladesh",
        "--format",
        "json",
        data_dir=loaded,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"id": "country:BGD", "name": "Bangladesh"}]


def test_query_csv_has_a_header_and_rows(loaded):
    result = run(
        "query", "MATCH (c:Country) RETURN c.name AS name", "--format", "csv", data_dir=loaded
    )
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["name"] and ["Bangladesh"] in rows[1:]


def test_query_is_read_only_unless_write(loaded, tmp_path):
    refused = run("query", "CREATE (:Country {id: 'country:XXX'})", data_dir=loaded)
    assert refused.returncode == 2
    assert refused.stderr.startswith("error:") and "Traceback" not in refused.stderr
    count = "MATCH (c:Country {id: 'country:XXX'}) RETURN count(c) AS n"
    assert json.loads(run("query", count, "--format", "json", data_dir=loaded).stdout) == [{"n": 0}]


def test_queries_list_names_the_library():
    result = run("queries", "list", data_dir=ROOT / ".unused")
    assert result.returncode == 0, result.stderr
    for name in ("between_countries", "official_activity", "ego_network", "country_partners"):
        assert name in result.stdout


def test_queries_run_ranks_partners(loaded):
    result = run(
        "queries", "run", "country_partners", "--param", "country=Bangladesh", "--format", "json",
        data_dir=loaded,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows, "Bangladesh has partners in the examples"


def test_unknown_query_name_is_a_usage_error(loaded):
    result = run("queries", "run", "no_such_query", data_dir=loaded)
    assert result.returncode == 2
    assert "no_such_query" in result.stderr


def test_render_with_a_country_filter(loaded, tmp_path):
    page = tmp_path / "bd.html"
    result = run("render", "--html", str(page), "--country", "Bangladesh", data_dir=loaded)
    assert result.returncode == 0, result.stderr
    assert page.exists() and "nodes" in result.stdout


def test_render_of_a_graph_past_the_budget_tells_how_to_narrow_the_view(tmp_path):
    people = (
        "UNWIND range(1, 1600) AS i "
        "CREATE (:Official {id: 'official:p' + toString(i), name: 'P ' + toString(i), "
        "country: 'Nepal'})-[:MET]->(:Country {id: 'country:C' + toString(i), name: 'C'})"
    )
    assert run("query", people, "--write", data_dir=tmp_path).returncode == 0
    page = tmp_path / "big.html"
    result = run("render", "--html", str(page), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "note:" in result.stderr and "--center NAME --hops 1" in result.stderr
    assert "more than the 1,500 drawn at once" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("fmt", "read"),
    [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)],
)
def test_export_round_trips_through_networkx(loaded, tmp_path, fmt, read):
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--format", fmt, "--out", str(out), data_dir=loaded)
    assert result.returncode == 0, result.stderr
    graph = read(out)
    stats = json.loads(run("stats", "--format", "json", data_dir=loaded).stdout)
    nodes = sum(row["count"] for row in stats if row["kind"] == "node")
    assert graph.number_of_nodes() == nodes


def test_export_of_an_ego_network_is_smaller(loaded, tmp_path):
    whole, part = tmp_path / "all.json", tmp_path / "ego.json"
    run("export", "--format", "json", "--out", str(whole), data_dir=loaded)
    result = run(
        "export", "--format", "json", "--out", str(part), "--center", "Bangladesh", "--hops", "1",
        data_dir=loaded,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    n_all = len(json.loads(whole.read_text())["nodes"])
    n_ego = len(json.loads(part.read_text())["nodes"])
    assert 0 < n_ego < n_all


def test_an_unknown_center_is_one_clear_line(loaded, tmp_path):
    result = run(
        "export", "--format", "json", "--out", str(tmp_path / "x.json"), "--center", "Atlantis",
        data_dir=loaded,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Atlantis" in result.stderr and "Traceback" not in result.stderr


def test_reset_empties_the_graph(tmp_path):
    data_dir = tmp_path / "store"
    run("load", str(EXAMPLES), data_dir=data_dir)
    assert run("reset", "--yes", data_dir=data_dir).returncode == 0
    stats = json.loads(run("stats", "--format", "json", data_dir=data_dir).stdout)
    assert all(row["count"] == 0 for row in stats)


def test_neo4j_store_that_cannot_be_reached_exits_2(tmp_path):
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_PASSWORD": "s3cret-pw"}
    result = subprocess.run(
        [str(CLI), "stats", "--store", "neo4j"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "s3cret-pw" not in result.stderr + result.stdout


def test_no_server_outlives_a_command(loaded):
    run("stats", data_dir=loaded)
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert str(loaded) not in ps


def test_a_bengali_name_typed_with_precomposed_letters_finds_the_stored_one(loaded):
    # য় typed as one code point (U+09DF); pages and the store use য + nukta.
    typed = "ইমরান হা\u09dfদার"
    result = run(
        "query",
        "MATCH (o:Official) WHERE $name IN o.aliases RETURN o.name AS name",
        "--param",
        f"name={typed}",
        "--format",
        "json",
        data_dir=loaded,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"name": "Imran Haider"}]


def test_bench_writes_every_figure_as_json(tmp_path):
    figures = tmp_path / "bench.json"
    result = run("bench", "--articles", "20", "--json", str(figures), data_dir=tmp_path / "s")
    assert result.returncode == 0, result.stderr
    data = json.loads(figures.read_text())
    figures_read = (
        "read_only_articles_per_s",
        "extract_articles_per_s",
        "load_relationships_per_s",
        "naive_load_relationships_per_s",
        "end_to_end_s",
        "query_ms",
        "peak_rss_mb",
    )
    for key in figures_read:
        assert data[key], key
    assert data["articles"] == 20


def test_extraction_in_worker_processes_gives_the_same_output_in_order():
    files = [str(p) for p in sorted(EXAMPLES.iterdir())]
    serial = run("extract", *files, "--workers", "1", data_dir=ROOT / ".unused")
    parallel = run("extract", *files, "--workers", "2", data_dir=ROOT / ".unused")
    assert serial.returncode == parallel.returncode == 0, parallel.stderr
    assert serial.stdout and parallel.stdout == serial.stdout


def test_a_terminated_command_stops_its_server(tmp_path):
    data_dir = tmp_path / "store"
    env = {**os.environ, "DIPLOGRAPH_HOME": str(data_dir)}
    articles = tmp_path / "articles"
    articles.mkdir()
    body = (EXAMPLES / "en_home_adviser_pakistan.txt").read_text(encoding="utf-8")
    for n in range(1200):
        (articles / f"{n:04}.txt").write_text(f"{body}\n\nNote {n}.\n", encoding="utf-8")
    load = subprocess.Popen([str(CLI), "load", str(articles)], env=env, stderr=subprocess.PIPE)
    # Terminated once it has written (the append-only file grows), mid-way through.
    while sum(f.stat().st_size for f in data_dir.glob("appendonlydir/*.incr.aof")) < 10_000:
        assert load.poll() is None, load.stderr.read()
        time.sleep(0.05)
    load.terminate()
    load.wait(timeout=60)
    assert not servers_using(data_dir)
    assert "Traceback" not in load.stderr.read().decode()
