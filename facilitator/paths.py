"""Where the app keeps its data and finds its bundled resources.

The data dir can be moved (``--data-dir`` or ``FACILITATOR_DATA_DIR``) so a facilitator can carry the
whole app and its data on a USB stick.  Resources are package data, found with
``importlib.resources`` wherever the package is installed.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Facilitator"
DATA_DIR_ENV = "FACILITATOR_DATA_DIR"
DATABASE_NAME = "facilitator.sqlite3"
SYNC_TEAM_FILE = "facilitator-sync.json"  # in a sync folder: its salt and key check


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir chosen by the caller, the environment, or the platform, in that order."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def is_chosen(override: str | os.PathLike[str] | None = None) -> bool:
    """Whether the data dir was chosen by the caller or the environment: then it carries the settings
    too, so a facilitator's USB stick keeps its window layout and language from laptop to laptop."""
    return bool(override or os.environ.get(DATA_DIR_ENV))


def settings_path(directory: Path) -> Path:
    return directory / "settings.ini"


def database_path(directory: Path) -> Path:
    return directory / DATABASE_NAME


def backups_dir(directory: Path) -> Path:
    return directory / "backups"


def resources_dir() -> Path:
    """The package's own ``resources`` folder: taxonomy, templates, fonts, icons and translations.

    ``importlib.resources`` finds it in every install: the source tree and ``pip install -e``, ``pip
    install .`` with or without ``--user`` or ``--prefix`` (package data sits beside the modules), and
    the PyInstaller bundle (whose importer serves the package's data from the bundle's folder).  Qt and
    reportlab open files by name, so it must be a real folder; ``os.fspath`` refuses anything else.
    """
    from importlib.resources import files

    return Path(os.fspath(files("facilitator") / "resources"))


def translations_dir() -> Path:
    """The compiled ``.qm`` files; their sources live in the top-level translations/ folder."""
    return resources_dir() / "translations"
