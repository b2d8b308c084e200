"""The SQLite dialects of the app's engines, and the one cache of compiled statements they share.

SQLAlchemy keeps compiled SQL per engine, keyed by the engine's dialect object, so a new engine compiles
every statement again (a few milliseconds each, some thirty for the first edit alone).  All engines of
one process talk to the same SQLite library, so one dialect compiles exactly what another does: these
dialects are equal to any other of their class, and every engine looks in :data:`COMPILED`.  A command or
the window that opens a second engine (after a first start's migration, or after encryption was turned
on or off) finds its statements compiled already.
"""

from __future__ import annotations

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.util import LRUCache

PLAIN = "sqlite+facilitator"
ENCRYPTED = "sqlite+facilitator_cipher"

# The statements of the app and of its migrations, with room to spare (SQLAlchemy's own default per engine
# is 500); the least recently used go first.
COMPILED: LRUCache = LRUCache(1500)


class _Interchangeable:
    """Equal to every dialect of the same class: SQLAlchemy's caches (the engine's and the ORM's for
    flushes) find what another engine of the process compiled."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))


class PlainDialect(_Interchangeable, SQLiteDialect_pysqlite):
    supports_statement_cache = True


class EncryptedDialect(_Interchangeable, SQLiteDialect_pysqlcipher):
    supports_statement_cache = True


registry.register(PLAIN.replace("+", "."), __name__, PlainDialect.__name__)
registry.register(ENCRYPTED.replace("+", "."), __name__, EncryptedDialect.__name__)
