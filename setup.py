"""Builds the extractor's hot modules as C extensions with mypyc, when it can.

Extraction is many small Python steps per sentence; compiled by mypyc (the
compiler black and mypy ship with) the same code reads articles 1.5-1.7x
faster, with byte-identical output (tests/test_install.py checks both). Everything
else is in pyproject.toml.

The compiled modules are optional: without a C compiler, with
DIPLOGRAPH_PURE_PYTHON=1, in an editable install (where an edit to a .py file
must take effect), or if mypyc cannot compile the code, the package is pure
Python and behaves the same.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).parent
# The modules extraction spends its time in (see `diplograph bench`): tokens, the
# lexicon's matcher, mentions, relations, resolution, sentence splitting.
COMPILED = [
    "tokens",
    "lexicon",
    "mentions",
    "relations",
    "resolve",
    "sentences",
    "extract",
    "dates",
    "topics",
    "translit",
    "model",
]


def _building() -> bool:
    """Whether setuptools builds a regular wheel now (not an editable one, nor metadata)."""
    return any(arg in ("bdist_wheel", "build_ext") for arg in sys.argv)


def _staged() -> Path:
    """loaders/ copied to build/mypyc-src/diplograph/loaders: mypyc names a module by
    its path, and these install as diplograph.loaders (see [tool.setuptools.package-dir])."""
    root = HERE / "build" / "mypyc-src"
    shutil.rmtree(root, ignore_errors=True)
    package = root / "diplograph"
    (package / "loaders").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    shutil.copy(HERE / "src" / "diplograph" / "errors.py", package / "errors.py")
    for source in (HERE / "loaders").glob("*.py"):
        shutil.copy(source, package / "loaders" / source.name)
    return package / "loaders"


def compiled_extensions() -> list:
    if os.environ.get("DIPLOGRAPH_PURE_PYTHON") or not _building():
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    loaders = _staged()
    paths = [str(loaders / f"{name}.py") for name in COMPILED]
    # mypycify runs from the project's folder; the staged copies are relative to it.
    paths = [os.path.relpath(p, HERE) for p in paths]
    try:
        extensions = mypycify(
            ["--ignore-missing-imports", *paths],
            target_dir=str(HERE / "build" / "mypyc"),
            group_name="diplograph_loaders",
        )
    except (Exception, SystemExit) as error:  # mypy found code it cannot compile
        print(f"diplograph: extractor not compiled ({error}); it runs as Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no compiler: the pure-Python modules are used
    return extensions


setup(ext_modules=compiled_extensions())
