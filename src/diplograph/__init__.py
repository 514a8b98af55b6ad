"""diplograph: news articles about bilateral cooperation become a knowledge graph.

The functions below are the Python API; each CLI command calls the one of the
same name.
"""

from __future__ import annotations

from typing import Any

from .errors import DiplographError, InputError, StoreError, UsageError

__all__ = [
    "DiplographError",
    "InputError",
    "StoreError",
    "UsageError",
    "build",
    "load",
    "extract",
    "query",
    "run_query",
    "render",
    "export",
    "stats",
    "reset",
    "evaluate",
    "open_store",
    "View",
]


def __getattr__(name: str) -> Any:
    # The API pulls in the loaders and the graph; importing it lazily lets
    # those packages import diplograph.errors without a cycle.
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
