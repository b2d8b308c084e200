"""Alembic environment: runs against the engine the app opened (SQLite, batch mode for ALTERs)."""

from alembic import context

from facilitator.core.models import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
