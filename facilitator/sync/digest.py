"""A fingerprint of the records a laptop holds: two laptops with the same fingerprint hold the same data."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import select

from facilitator.core.change_log import dumps, encode, synced_tables
from facilitator.core.db import Database


def content_digest(db: Database, tables: Iterable[str] | None = None) -> str:
    """SHA-256 over every synced record (tombstones and stamps included), in a canonical form that
    does not depend on the order in which the records were written."""
    digest = hashlib.sha256()
    chosen = sorted(tables) if tables is not None else sorted(synced_tables())
    with db.engine.connect() as connection:
        for name in chosen:
            table = synced_tables()[name]
            digest.update(name.encode())
            for row in connection.execute(select(table).order_by(table.c.id)).mappings():
                digest.update(
                    dumps({column.name: encode(column, row[column.key]) for column in table.columns}).encode()
                )
    return digest.hexdigest()
