"""Settings, resolved once from flags, environment and defaults (in that order).

This module is the only reader of os.environ; everything else gets a
`Settings` passed down.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

STORES = ("embedded", "neo4j")


def default_data_dir() -> Path:
    """$DIPLOGRAPH_HOME, else $XDG_DATA_HOME/diplograph, else ~/.local/share/diplograph."""
    if home := os.environ.get("DIPLOGRAPH_HOME"):
        return Path(home)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "diplograph"


@dataclass(frozen=True)
class Settings:
    """Where the graph lives and how to reach it."""

    store: str = "embedded"
    data_dir: Path = Path(".")
    graph_name: str = "diplograph"
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    # Kept out of repr so a password never reaches a log or a traceback.
    neo4j_password: str | None = field(default=None, repr=False)
    neo4j_database: str | None = None


def load_settings(
    store: str | None = None,
    data_dir: str | Path | None = None,
) -> Settings:
    """Settings from explicit arguments, then the environment, then defaults."""
    return Settings(
        store=store or os.environ.get("DIPLOGRAPH_STORE") or "embedded",
        data_dir=Path(data_dir) if data_dir else default_data_dir(),
        neo4j_uri=os.environ.get("NEO4J_URI"),
        neo4j_user=os.environ.get("NEO4J_USER", "neo4j"),
        neo4j_password=os.environ.get("NEO4J_PASSWORD"),
        neo4j_database=os.environ.get("NEO4J_DATABASE"),
    )
