"""One of two imports of the same list, run as its own process (by test_import_concurrency.py).

It plans (reading the register, which is still empty for both), then waits until the other process has
planned too, so both write from a plan that saw nobody: the race that once doubled every person.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from facilitator.core.db import Database
from facilitator.core.participants import importing


def main(data_dir: str, meeting_id: str, file: str, barrier: str) -> None:
    db = Database.open(Path(data_dir))
    plan = importing.plan(db, meeting_id, importing.read_table(Path(file)))
    Path(barrier, f"planned-{os.getpid()}").touch()
    deadline = time.monotonic() + 30
    while len(list(Path(barrier).glob("planned-*"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    outcome = importing.apply(db, plan)
    print(len(plan.importable), outcome.added, outcome.merged, flush=True)
    db.close()


if __name__ == "__main__":
    main(*sys.argv[1:5])
