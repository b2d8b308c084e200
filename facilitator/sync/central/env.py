"""Alembic environment of the central store: runs against the engine the sync opened."""

from alembic import context

from facilitator.sync.central import VERSION_TABLE, metadata

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()
