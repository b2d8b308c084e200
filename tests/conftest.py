"""Shared fixtures.  Qt runs offscreen, every test gets a fresh data dir and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    from facilitator.core import demo

    demo.seed(db)
    return db
