"""A deletion's base names one stamp per device it saw (the laptops' migration 0008): more than 64
characters.

Revision ID: c0002
Revises: c0001
"""

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.alter_column("facilitator_change", "base", existing_type=sa.String(length=64), type_=sa.Text())


def downgrade() -> None:
    op.alter_column("facilitator_change", "base", existing_type=sa.Text(), type_=sa.String(length=64))
