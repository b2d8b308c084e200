"""Shared by the storage tests and benchmarks: what a database holds, and ways to damage one."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from facilitator import paths
from facilitator.core.db import Database
from facilitator.core.store import restore
from facilitator.core.store.connect import connect
from tests.core.live_helpers import small_meeting

ROOT = Path(__file__).resolve().parents[2]


def contents(path: Path) -> list[str]:
    """Every row of every table as SQL text, read through the file's WAL without changing it."""
    connection = connect(path, read_only=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def page_size(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    return size


def _pages_with_cells(path: Path) -> list[int]:
    with sqlite3.connect(path) as connection:
        found = [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE ncell > 0 AND pageno > 1")]
    connection.close()
    return sorted(found)


def damage(path: Path, how: str, rng: random.Random) -> str:
    """Damage one page (never page 1, whose loss is a foreign file) in one of several ways; returns a
    description for the trial log."""
    size = page_size(path)
    pages = path.stat().st_size // size
    page = rng.randrange(2, pages + 1)
    if how == "pointers":  # only a page that has cells has pointers to damage (an empty index has none)
        page = rng.choice(_pages_with_cells(path))
    offset = (page - 1) * size
    data = bytearray(path.read_bytes())
    if how == "zero":
        data[offset : offset + size] = bytes(size)
    elif how == "random":
        data[offset : offset + size] = rng.randbytes(size)
    elif how == "header":  # the b-tree page header: type, free blocks, cell count, content start
        data[offset : offset + 12] = rng.randbytes(12)
    elif how == "pointers":  # the cell pointer array right after the header
        data[offset + 8 : offset + 40] = rng.randbytes(32)
    elif how == "truncate":
        del data[offset:]
    elif how == "payload":  # one byte of a cell's content near the page's end: text, not structure
        spot = offset + size - rng.randrange(8, 200)
        data[spot] ^= 0x20
    else:
        raise ValueError(how)
    path.write_bytes(bytes(data))
    return f"{how} page {page}/{pages}"


def crashed_writer(data_dir: Path, meeting_id: str, seed: int, lines: int) -> None:
    """A live session writing turns and notes, killed with SIGKILL after ``lines`` committed steps."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.live_crash_child", str(data_dir), meeting_id, str(seed)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    child.stdin.write("go\n")  # the child opens the database when told to
    child.stdin.flush()
    for _ in range(lines):
        child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait()


def restore_after_crash(data_dir: Path, seed: int, lines_after_backup: int) -> tuple[list[str], list[str], int]:
    """Record, back up, record more, crash, restore: (the backup's rows, the restored rows, the size of the
    log the crash left behind)."""
    db = Database.open(data_dir)
    meeting_id = small_meeting(db)
    db.close()
    crashed_writer(data_dir, meeting_id, seed, 15)
    backup = Database.open(data_dir).backup()
    expected = contents(backup)
    crashed_writer(data_dir, meeting_id, seed + 1000, lines_after_backup)
    path = paths.database_path(data_dir)
    left_log = Path(f"{path}-wal").stat().st_size
    restore.restore(data_dir, backup)
    Database.open(data_dir).close()
    return expected, contents(path), left_log
