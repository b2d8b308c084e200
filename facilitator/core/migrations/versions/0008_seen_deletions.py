"""A deletion names, per other device, the newest change to the record it saw: an edit made elsewhere
without having seen it keeps the record, whatever the clocks said.  The log's base grows to hold one
stamp per device.  A laptop of an earlier version refuses changes of this schema ("update this laptop
first"), so no laptop takes a deletion as the earlier rule did while the others keep the record.

Revision ID: 0008_seen_deletions
Revises: 0007_spellings
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_seen_deletions"
down_revision = "0007_spellings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_change", schema=None) as batch_op:
        batch_op.alter_column("base", existing_type=sa.String(length=64), type_=sa.Text(), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_change", schema=None) as batch_op:
        batch_op.alter_column("base", existing_type=sa.Text(), type_=sa.String(length=64), existing_nullable=False)
