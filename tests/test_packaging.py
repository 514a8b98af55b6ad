"""The design card keeps graph/, loaders/ and queries/ at the top of the repository
and installs them as diplograph.graph, .loaders, .queries: these tests keep that honest."""

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent
MAPPED = {
    "graph": "diplograph.graph",
    "loaders": "diplograph.loaders",
    "queries": "diplograph.queries",
}


def test_every_folder_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        prefix + "".join("." + p for p in d.relative_to(ROOT / top).parts)
        for top, prefix in MAPPED.items()
        for d in [ROOT / top, *(ROOT / top).rglob("*")]
        if d.is_dir() and d.name != "__pycache__"
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


def test_no_bare_imports_of_mapped_folders():
    for path in ROOT.glob("**/*.py"):
        if ".venv" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in MAPPED, (
                    f"{path}: import diplograph.{name}, not {name}"
                )
