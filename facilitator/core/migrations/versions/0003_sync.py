"""Sync: the change log, the segments seen, records waiting for their parents, and conflict revisions.

Revision ID: 0003_sync
Revises: 0002_safety
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_safety"
branch_labels = None
depends_on = None

SYNC_COLUMNS = (
    ("id", sa.String(length=36), False),
    ("created_at", sa.String(length=32), False),
    ("updated_hlc", sa.String(length=64), False),
    ("origin", sa.String(length=36), False),
    ("deleted", sa.Boolean(), False),
)


def upgrade() -> None:
    op.create_table(
        "conflict_revision",
        sa.Column("record_table", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("other_value", sa.Text(), nullable=False),
        sa.Column("other_hlc", sa.String(length=64), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        *(sa.Column(name, kind, nullable=nullable) for name, kind, nullable in SYNC_COLUMNS),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflict_revision") as batch_op:
        batch_op.create_index("ix_conflict_revision_record", ["record_table", "record_id"], unique=False)

    op.create_table(
        "sync_change",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("base", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("table_name", "row_id", "field", "hlc", name="uq_sync_change_key"),
        sqlite_autoincrement=True,
    )

    op.create_table(
        "sync_pending",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_table(
        "sync_segment",
        sa.Column("target", sa.String(length=64), nullable=False),
        sa.Column("segment_id", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("target", "segment_id"),
    )


def downgrade() -> None:
    op.drop_table("sync_segment")
    op.drop_table("sync_pending")
    op.drop_table("sync_change")
    with op.batch_alter_table("conflict_revision") as batch_op:
        batch_op.drop_index("ix_conflict_revision_record")
    op.drop_table("conflict_revision")
