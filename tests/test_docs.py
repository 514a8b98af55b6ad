"""The README is the user's manual: it must name every command and keep the
commands CI actually runs."""

import re
from pathlib import Path

import typer.main
from diplograph.queries.library import list_queries

from diplograph.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        names += [f"{name} {s}" for s in sub] if sub else [name]
    return names


def test_readme_names_every_command():
    missing = [c for c in _commands() if f"diplograph {c}" not in README and f"`{c}" not in README]
    assert not missing, f"README does not show: {missing}"


def test_readme_names_every_named_query():
    missing = [q.name for q in list_queries() if q.name not in README]
    assert not missing, f"README does not list the queries {missing}"


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    test_command = next(b.strip() for b in blocks if "pytest" in b)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci
