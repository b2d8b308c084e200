"""Turns encryption on or off in a data dir and reports each converted file (run by test_encryption_at_rest.py).

Each line is printed after its file was renamed into place, so the parent can kill this process between
two files or, after a delay of its choosing, in the middle of one.  Keys are sealed with the parent's scrypt
work factor (``light_encryption`` there).
"""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator.core.store import cipher


def main(direction: str, data_dir: str, secret: str, work_factor: str) -> None:
    cipher.SCRYPT = {**cipher.SCRYPT, "n": int(work_factor)}

    def progress(number: int, total: int, path: Path) -> None:
        print("converted", number, total, path.name, flush=True)

    convert = cipher.encrypt if direction == "encrypt" else cipher.decrypt
    result = convert(Path(data_dir), secret, progress=progress)
    print("done", result.recovery_code, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
