"""Shared fixtures.  Qt runs offscreen, every test gets a fresh data dir and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, on a screen the size of a common laptop's (the plugin's default is 800×600).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}"
os.environ.setdefault("FACILITATOR_LANG", "en")

from facilitator.core.db import Database


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = Database.open(data_dir)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from facilitator.core.demo.seed import seed_demo

    seed_demo(db)
    return db
