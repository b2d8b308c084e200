"""The central store's schema: a change log shared by a team, in PostgreSQL, kept by its own Alembic
migrations (version table ``facilitator_alembic_version``, so it can live in an existing database)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent
VERSION_TABLE = "facilitator_alembic_version"

metadata = MetaData()

team = Table(
    "facilitator_team",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(200), nullable=False, unique=True),
    # The number of the team's newest change: pushes take the team row's lock and count on from it,
    # so the team's changes are numbered in the order they were committed.
    Column("last_seq", BigInteger, nullable=False, server_default="0"),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

device = Table(
    "facilitator_device",
    metadata,
    Column("team_id", Integer, ForeignKey("facilitator_team.id"), nullable=False),
    Column("device_id", String(36), nullable=False),
    Column("name", String(80), nullable=False, server_default=""),
    Column("last_seen", DateTime(timezone=True), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("team_id", "device_id"),
)

change = Table(
    "facilitator_change",
    metadata,
    Column("team_id", Integer, ForeignKey("facilitator_team.id"), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("field", String(64), nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("base", Text, nullable=False),  # a deletion's names a stamp per device it saw
    Column("value", Text, nullable=False),
    Column("scope", String(40), nullable=False),
    # The schema of the laptop that sent it: a laptop that does not know it yet waits for an update.
    Column("schema", String(64), nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    PrimaryKeyConstraint("team_id", "seq"),
    UniqueConstraint("team_id", "table_name", "row_id", "field", "hlc", name="uq_facilitator_change_key"),
    Index("ix_facilitator_change_scope", "team_id", "scope"),
)


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE}).get_current_revision()


def known(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    return revision in {script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def upgrade(engine: Engine) -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
