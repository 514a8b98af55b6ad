"""The README's main command on a fresh virtual environment: a plain (not editable)
install of the project alone must be enough to build the example graph."""

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_readme_main_command_works_on_a_fresh_install(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    main_command = next(
        b.strip() for b in re.findall(r"```sh\n(.*?)```", readme, flags=re.S) if "build" in b
    )
    # A copy of the checkout, so nothing of the developer's .venv or build leaks in; the
    # README's plain (not editable) install would show a folder missing from the wheel.
    checkout = tmp_path / "checkout"
    shutil.copytree(
        ROOT, checkout, ignore=shutil.ignore_patterns(".venv", ".git", "*.egg-info", "build")
    )
    assert "pip install . " in main_command
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))}
    env["DIPLOGRAPH_HOME"] = str(tmp_path / "store")
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if Path(sys.executable).parent != Path(p)
    )
    result = subprocess.run(
        main_command, shell=True, cwd=checkout, env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "loaded" in result.stdout and (checkout / "graph.html").stat().st_size > 10_000

    # A plain install compiles the extractor with mypyc when a C compiler is at hand
    # (setup.py); compiled, it must read articles exactly as the Python source does.
    installed = checkout / ".venv" / "bin" / "python"
    probe = "from diplograph.loaders.extract import compiled; print(compiled())"
    is_compiled = subprocess.run(
        [installed, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True
    ).stdout.strip()
    headers = Path(sysconfig.get_paths()["include"], "Python.h").exists()
    assert is_compiled == str(shutil.which("cc") is not None and headers)
    articles = [str(ROOT / "examples" / "articles")]
    articles += sorted(str(p) for p in (ROOT / "tests" / "data").glob("heldout*/articles"))
    command = ["-m", "diplograph", "extract", *articles, "--format", "json"]
    # sys.executable: the tests' own (editable, so pure Python) install.
    outputs = [
        subprocess.run(
            [python, *command], cwd=tmp_path, env=env, capture_output=True, text=True
        ).stdout
        for python in (installed, sys.executable)
    ]
    assert len(outputs[0].splitlines()) > 50 and json.loads(outputs[0].splitlines()[0])
    assert outputs[0] == outputs[1]
