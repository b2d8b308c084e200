"""A person's notes from the invitation list ("needs a ride from Makrana", "speaks for the night shift"),
and commitments followed up like actions (an action row of kind "commitment").

Revision ID: 0004_hands
Revises: 0003_sync
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_hands"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="action"))


def downgrade() -> None:
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("notes")
