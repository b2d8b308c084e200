"""A checklist note reaches the supplier's report only when the delegation chose so: "Asked off-site,
see the conversation" told a quarry owner that workers had been asked away from the site.  Notes
written before stay in the internal report until chosen.

Revision ID: 0009_notes_for_supplier
Revises: 0008_seen_deletions
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_notes_for_supplier"
down_revision = "0008_seen_deletions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain "0", not sa.false(): with an expression for its default the batch rebuilds the table, which
    # a finding made from an answer refers to, and the rebuild fails on that reference.
    with op.batch_alter_table("checklist_answer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note_for_supplier", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("checklist_answer", schema=None) as batch_op:
        batch_op.drop_column("note_for_supplier")
