"""Storage safety, measured: the cost of the check on open, restores after a crash, damaged pages refused.

- ``quick_check`` (run at every open; warm, and with the file evicted from the page cache) and the
  full ``integrity_check`` (before each backup, in idle time) on the marathon database
  (tests/fixtures/marathon.py), and the whole ``Database.open`` around them;
- restore after a real crashed writer (a live session killed with SIGKILL, leaving its WAL behind):
  how many of the trials give exactly the backup's data;
- damaged pages of five kinds at random places: how many are refused on open with the file unchanged.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from figures import Figure

from facilitator import paths
from facilitator.core.db import Database
from facilitator.core.demo.seed import seed_demo
from facilitator.core.store import integrity

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.core.storage_helpers import damage, restore_after_crash  # noqa: E402
from tests.fixtures.marathon import build  # noqa: E402

RESTORE_TRIALS = 10
DAMAGE_KINDS = ("zero", "random", "header", "pointers", "truncate")
DAMAGE_SEEDS = 6


def _timed(action, repeats: int = 5) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def _evict(path: Path) -> None:
    """Drop the file from the page cache (Linux), as after a reboot: the cost of a first open of the day."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(handle, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(handle)


def _check_costs(folder: Path) -> list[Figure]:
    marathon = build(folder / "marathon")
    path = paths.database_path(marathon.directory)
    quick = _timed(lambda: integrity.problems(path))
    cold = _timed(lambda: (_evict(path), integrity.problems(path)))
    full = _timed(lambda: integrity.problems(path, full=True), repeats=3)
    opened = _timed(lambda: Database.open(marathon.directory).close())
    return [
        Figure("marathon_database_size", path.stat().st_size / 1e6, "MB", ""),
        Figure("quick_check_on_open", quick, "ms", "<=500"),
        Figure("quick_check_on_open_cold_cache", cold, "ms", ""),
        Figure("integrity_check_full", full, "ms", ""),
        Figure("open_with_quick_check", opened, "ms", "<=800"),
    ]


def _restore_trials(folder: Path) -> list[Figure]:
    exact = 0
    for trial in range(RESTORE_TRIALS):
        expected, restored, _ = restore_after_crash(folder / f"restore-{trial}", trial, 20 + 7 * trial)
        exact += restored == expected
    return [Figure("restore_after_crash_exact", exact, "trials", f">={RESTORE_TRIALS}")]


def _damage_trials(folder: Path) -> list[Figure]:
    source = folder / "demo"
    db = Database.open(source)
    seed_demo(db)
    db.close()
    tried = refused = untouched = 0
    for kind in DAMAGE_KINDS:
        for seed in range(DAMAGE_SEEDS):
            data_dir = folder / f"damage-{kind}-{seed}"
            data_dir.mkdir()
            path = paths.database_path(data_dir)
            path.write_bytes(paths.database_path(source).read_bytes())
            damage(path, kind, random.Random(seed))
            before = path.read_bytes()
            tried += 1
            try:
                Database.open(data_dir).close()
            except integrity.DamagedDatabase:
                refused += 1
            untouched += path.read_bytes() == before
    payload_found = 0
    for seed in range(DAMAGE_SEEDS):
        data_dir = folder / f"payload-{seed}"
        data_dir.mkdir()
        path = paths.database_path(data_dir)
        path.write_bytes(paths.database_path(source).read_bytes())
        damage(path, "payload", random.Random(seed))
        payload_found += bool(integrity.problems(path, full=True))
    return [
        Figure("damaged_pages_tried", tried, "pages", ""),
        Figure("damaged_pages_refused_on_open", refused, "pages", f">={tried}"),
        Figure("damaged_files_left_unchanged", untouched, "files", f">={tried}"),
        # A flipped byte inside stored text keeps every page well-formed: SQLite's checks cannot see it.
        Figure("text_byte_flips_found_by_full_check", payload_found, "of6", ""),
    ]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        return [*_check_costs(Path(folder)), *_restore_trials(Path(folder)), *_damage_trials(Path(folder))]
