"""Voice focus: the stakeholder groups an agenda item is meant for, whom the balance expects to lead it.

Revision ID: 0004b_voice
Revises: 0003_sync
"""

import sqlalchemy as sa
from alembic import op

revision = "0004b_voice"
down_revision = "0004_hands"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch_op:
        batch_op.add_column(sa.Column("voice_groups", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch_op:
        batch_op.drop_column("voice_groups")
