"""Project rules that CI relies on: the README's test command is what CI runs; the layers stay apart;
translations are complete and current."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Run the tests", 1)[1]
    command = re.search(r"```sh\n(.+?)\n```", section, re.S).group(1).strip()
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    assert command in ci_lines


def test_the_import_contracts_hold() -> None:
    """The layers of pyproject.toml's [tool.importlinter]: commands over ui over export and sync over core,
    Qt only in the ui, no import cycles, and records made as Structs rather than dataclasses."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_dutch_translation_is_complete_and_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "translations" / "update.py"), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout[-3000:]
