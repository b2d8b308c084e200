"""Other spellings of a person's name ("कमला देवी", "Kamala"): notes written in another script or with a
slip of the keyboard name the person too, and what leaves the laptop withholds them as the name.

Revision ID: 0007_spellings
Revises: 0006_visits
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_spellings"
down_revision = "0006_visits"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("other_spellings", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("other_spellings")
