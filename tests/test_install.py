"""The README's main command on a fresh virtual environment: a plain (not editable)
install of the project alone must be enough to build the example graph."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_readme_main_command_works_on_a_fresh_install(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    main_command = next(
        b.strip() for b in re.findall(r"```sh\n(.*?)```", readme, flags=re.S) if "build" in b
    )
    # A copy of the checkout, so nothing of the developer's .venv or build leaks in;
    # a regular install instead of the README's editable one, which would hide a
    # folder missing from the wheel.
    checkout = tmp_path / "checkout"
    shutil.copytree(
        ROOT, checkout, ignore=shutil.ignore_patterns(".venv", ".git", "*.egg-info", "build")
    )
    command = main_command.replace("pip install -e .", "pip install .")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["DIPLOGRAPH_HOME"] = str(tmp_path / "store")
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if Path(sys.executable).parent != Path(p)
    )
    result = subprocess.run(
        command, shell=True, cwd=checkout, env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "loaded" in result.stdout and (checkout / "graph.html").stat().st_size > 10_000
