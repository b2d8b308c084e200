"""Hostile import files, measured: tracebacks among the corpus, and peak memory and time on the bombs.

Each bomb is read in a fresh process (its peak resident memory, VmHWM, is the process's own): a 1 GB
zip bomb, a sheet of rows just under the unpacked-size limit, a shared-strings table just under it and
a CSV at the file-size limit.  The worst of them is reported against the goals (200 MB, 5 s).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from figures import Figure

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from facilitator.core.errors import UserError  # noqa: E402
from facilitator.core.participants import import_files  # noqa: E402
from tests.core.hostile_files import bombs, corpus, write_all  # noqa: E402

READ_ONE = """
import sys, time
from pathlib import Path
from facilitator.core.errors import UserError
from facilitator.core.participants.import_files import read_table
def peak():
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) / 1024
started = time.perf_counter()
try:
    read_table(Path(sys.argv[1]))
except UserError:
    pass
print(time.perf_counter() - started, peak())
"""


def _tracebacks() -> tuple[int, int]:
    files = list(corpus())
    failures = 0
    for name, data in files:
        try:
            import_files.read_bytes(name, data)
        except UserError:
            pass
        except Exception:  # counting exactly these is the point
            traceback.print_exc()
            failures += 1
    return len(files), failures


def run() -> list[Figure]:
    tried, failures = _tracebacks()
    figures = [
        Figure("hostile_files_tried", tried, "files", ""),
        Figure("hostile_tracebacks", failures, "files", "<=0"),
    ]
    worst_seconds = worst_mb = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for path in write_all(Path(folder), bombs()):
            result = subprocess.run([sys.executable, "-c", READ_ONE, str(path)], capture_output=True, text=True,
                                    cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""}, check=True)  # fmt: skip
            seconds, megabytes = (float(v) for v in result.stdout.split())
            name = path.stem.replace("-", "_")
            figures += [Figure(f"bomb_{name}_seconds", seconds, "s", "<=5"),
                        Figure(f"bomb_{name}_peak", megabytes, "MB", "<=200")]  # fmt: skip
            worst_seconds, worst_mb = max(worst_seconds, seconds), max(worst_mb, megabytes)
    return [*figures, Figure("worst_bomb_seconds", worst_seconds, "s", "<=5"),
            Figure("worst_bomb_peak_memory", worst_mb, "MB", "<=200")]  # fmt: skip
