"""The central change log: teams, their devices and their changes.

Revision ID: c0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facilitator_team",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "facilitator_device",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=80), server_default="", nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["facilitator_team.id"]),
        sa.PrimaryKeyConstraint("team_id", "device_id"),
    )
    op.create_table(
        "facilitator_change",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("base", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("schema", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["facilitator_team.id"]),
        sa.PrimaryKeyConstraint("team_id", "seq"),
        sa.UniqueConstraint("team_id", "table_name", "row_id", "field", "hlc", name="uq_facilitator_change_key"),
    )
    op.create_index("ix_facilitator_change_scope", "facilitator_change", ["team_id", "scope"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_facilitator_change_scope", table_name="facilitator_change")
    op.drop_table("facilitator_change")
    op.drop_table("facilitator_device")
    op.drop_table("facilitator_team")
