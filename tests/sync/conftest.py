"""Fixtures of the sync tests: a PostgreSQL server for the whole run, and no desktop keyring."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from tests.sync.postgres import Server, running_server
from tests.sync.replicas import close_replicas


@pytest.fixture(scope="session")
def postgres() -> Iterator[Server]:
    try:
        with running_server() as server:
            yield server
    except LookupError as missing:
        pytest.skip(f"PostgreSQL tests skipped: {missing}")


@pytest.fixture(autouse=True)
def no_desktop_keyring() -> Iterator[None]:
    """No test may reach the user's real keyring: it fails, as on a machine without one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _close_replicas() -> Iterator[None]:
    yield
    close_replicas()
