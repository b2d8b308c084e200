"""The data keys this process has unlocked, by data dir: what opens an encrypted database and its backups.

An encrypted file carries no key id, so a file is opened with the key of the data dir it lies in
(``facilitator.sqlite3``, a file beside it, or one in its ``backups`` folder), and a copy kept anywhere
else (``backup --to`` a stick) with any key unlocked here: a wrong raw key costs one failed page read.
Nothing here is written to disk; a process forgets every key when it ends.
"""

from __future__ import annotations

from pathlib import Path

_UNLOCKED: dict[Path, bytes] = {}


def remember(data_dir: Path, key: bytes) -> None:
    _UNLOCKED[data_dir.resolve()] = key


def forget(data_dir: Path) -> None:
    _UNLOCKED.pop(data_dir.resolve(), None)


def of_data_dir(data_dir: Path) -> bytes | None:
    return _UNLOCKED.get(data_dir.resolve())


def candidates(path: Path) -> list[bytes]:
    """The keys that may open ``path``: its own data dir's first, then every other unlocked key."""
    folder = path.resolve().parent
    own = [_UNLOCKED[d] for d in (folder, folder.parent) if d in _UNLOCKED]
    return list(dict.fromkeys([*own, *_UNLOCKED.values()]))
