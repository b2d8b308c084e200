"""Which database schema a laptop has: a segment or a central store written by a newer one is refused."""

from __future__ import annotations

from functools import cache

from facilitator.core import migrations


def current() -> str:
    return migrations.head_revision()


@cache
def _known() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(script.revision for script in ScriptDirectory(str(migrations.MIGRATIONS_DIR)).walk_revisions())


def is_known(revision: str) -> bool:
    """True for this version's schema and every earlier one; a revision this version has never heard
    of comes from a newer version."""
    return revision in _known()
