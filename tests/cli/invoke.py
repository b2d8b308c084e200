"""Running ``facilitator ARGS`` as a user types it, inside the test's process: the same entry point as
the installed command (``facilitator.cli.main``), with its stdout, stderr and exit code."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

from facilitator.cli import main


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str, data_dir: Path | None = None) -> Result:
    prefix = ["--data-dir", str(data_dir)] if data_dir else []
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([*prefix, *args])
        except SystemExit as exit_:  # --help, --version and a mistyped option end as argparse ends a process
            code = 0 if exit_.code is None else exit_.code if isinstance(exit_.code, int) else 1
    return Result(code, out.getvalue(), err.getvalue())


def assert_plain_error(result: Result, fragment: str) -> None:
    """A refusal: a non-zero exit and one plain line on stderr, never a traceback."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
