"""Run every benchmark (tests/benchmarks/bench_*.py) and print one line per figure.

Each line reads ``name value unit target verdict``.  Benchmarks are run on purpose, never by the test
suite: ``python tests/benchmarks/run.py [name-fragment ...]``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(selected: list[str]) -> int:
    missed = 0
    for path in sorted(HERE.glob("bench_*.py")):
        if selected and not any(fragment in path.stem for fragment in selected):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for figure in module.run():
            print(figure.line(), flush=True)
            missed += figure.met() is False
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
