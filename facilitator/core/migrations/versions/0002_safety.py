"""A person is on a meeting's list once (backed by a unique index); small-cell size per meeting.

The index makes the duplicate check of an import hold against a second import running at the same
time.  Rows that already break it (two live places of one person in one meeting) are tombstoned first,
keeping the oldest, so no existing data dir is refused by the upgrade.

Revision ID: 0002_safety
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_safety"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE participation SET deleted = 1 WHERE deleted = 0 AND rowid NOT IN "
        "(SELECT min(rowid) FROM participation WHERE deleted = 0 GROUP BY meeting_id, person_id)"
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(
            "ux_participation_person_once",
            ["meeting_id", "person_id"],
            unique=True,
            sqlite_where=sa.text("deleted = 0"),
        )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("min_group_size", sa.Integer(), nullable=False, server_default="3"))


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("min_group_size")
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index("ux_participation_person_once")
