"""Turns encryption on or off in a data dir in a child process, reporting each converted file (for
test_encryption_at_rest.py).

Each file is reported after it was renamed into place, so the parent can kill the child between two files
or, after a delay of its choosing, in the middle of one.  Keys are sealed with the parent's scrypt work
factor (``light_encryption`` there).
"""

from __future__ import annotations

from multiprocessing.connection import Connection
from pathlib import Path

from facilitator.core.store import cipher
from tests.core.children import ReportingChild


def convert(direction: str, data_dir: str, secret: str, work_factor: int, report: Connection) -> None:
    cipher.SCRYPT = {**cipher.SCRYPT, "n": work_factor}

    def progress(number: int, total: int, path: Path) -> None:
        report.send_bytes(f"converted {number} {total} {path.name}".encode())

    run = cipher.encrypt if direction == "encrypt" else cipher.decrypt
    result = run(Path(data_dir), secret, progress=progress)
    report.send_bytes(f"done {result.recovery_code}".encode())


def conversion(direction: str, data_dir: Path, secret: str) -> ReportingChild:
    """A conversion started in a child; ``direction`` is "encrypt" or "decrypt"."""
    return ReportingChild(convert, direction, str(data_dir), secret, cipher.SCRYPT["n"])
