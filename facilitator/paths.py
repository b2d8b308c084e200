"""Where the app keeps its data and finds its bundled resources.

The data dir can be moved (``--data-dir`` or ``FACILITATOR_DATA_DIR``) so a facilitator can carry the
whole app and its data on a USB stick.  Resources are found next to the package, or inside a
PyInstaller bundle when frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Facilitator"
DATA_DIR_ENV = "FACILITATOR_DATA_DIR"
DATABASE_NAME = "facilitator.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir chosen by the caller, the environment, or the platform, in that order."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def backups_dir(directory: Path) -> Path:
    return directory / "backups"


def bundle_root() -> Path:
    """The folder holding resources/ and translations/: the PyInstaller bundle, the source tree (also for
    an editable install), or ``<prefix>/share/facilitator`` where ``pip install .`` puts them."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    source = Path(__file__).resolve().parent.parent
    if (source / "resources").is_dir():
        return source
    return Path(sys.prefix) / "share" / "facilitator"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def translations_dir() -> Path:
    return bundle_root() / "translations"
