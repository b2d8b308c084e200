"""Minutes: the review after a meeting, issued versions with their fingerprints, and approvals.

Revision ID: 0005_minutes
Revises: 0003_sync
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_minutes"
down_revision = "0004b_voice"
branch_labels = None
depends_on = None

TEXT, TIME = sa.Text(), sa.String(length=32)


def _synced(*columns: sa.Column, references: tuple[tuple[str, str], ...]) -> list:
    return [
        *columns,
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        *(sa.ForeignKeyConstraint([column], [target]) for column, target in references),
        sa.PrimaryKeyConstraint("id"),
    ]


def _meeting() -> sa.Column:
    return sa.Column("meeting_id", sa.String(length=36), nullable=False)


MEETING = ("meeting_id", "meeting.id")


def upgrade() -> None:
    op.create_table(
        "minutes_review",
        *_synced(
            _meeting(),
            sa.Column("absence_reasons", sa.JSON(), nullable=False),
            sa.Column("follow_up", TEXT, nullable=False),
            sa.Column("distribution", TEXT, nullable=False),
            references=(MEETING,),
        ),
    )
    op.create_table(
        "minutes_item_review",
        *_synced(
            _meeting(),
            sa.Column("agenda_item_id", sa.String(length=36), nullable=False),
            sa.Column("summary", TEXT, nullable=False),
            sa.Column("information_shared", TEXT, nullable=False),
            sa.Column("responses_given", TEXT, nullable=False),
            sa.Column("satisfied", sa.String(length=16), nullable=False),
            sa.Column("dissent", TEXT, nullable=False),
            references=(MEETING, ("agenda_item_id", "agenda_item.id")),
        ),
    )
    op.create_table(
        "minutes_note_choice",
        *_synced(
            _meeting(),
            sa.Column("note_id", sa.String(length=36), nullable=False),
            sa.Column("audience", sa.String(length=16), nullable=False),
            references=(MEETING, ("note_id", "note.id")),
        ),
    )
    op.create_table(
        "minutes_version",
        *_synced(
            _meeting(),
            sa.Column("number", sa.Integer(), nullable=False),
            sa.Column("issued_at", TIME, nullable=False),
            sa.Column("reason", TEXT, nullable=False),
            sa.Column("content", TEXT, nullable=False),
            sa.Column("fingerprint", sa.String(length=64), nullable=False),
            sa.Column("public_fingerprint", sa.String(length=64), nullable=False),
            references=(MEETING,),
        ),
    )
    op.create_table(
        "minutes_approval",
        *_synced(
            _meeting(),
            sa.Column("version_id", sa.String(length=36), nullable=False),
            sa.Column("decision", sa.String(length=24), nullable=False),
            sa.Column("by", sa.String(length=200), nullable=False),
            sa.Column("at", TIME, nullable=False),
            sa.Column("source", sa.String(length=16), nullable=False),
            sa.Column("comment", TEXT, nullable=False),
            references=(MEETING, ("version_id", "minutes_version.id")),
        ),
    )


def downgrade() -> None:
    for table in ("minutes_approval", "minutes_version", "minutes_note_choice", "minutes_item_review",
                  "minutes_review"):  # fmt: skip
        op.drop_table(table)
