"""Site visits, checklists, photos, worker conversations, findings and the commitments ledger.

Revision ID: 0006_visits
Revises: 0003_sync
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_visits"
down_revision = "0005_minutes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit",
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("site_name", sa.String(length=200), nullable=False),
        sa.Column("site_kind", sa.String(length=32), nullable=False),
        sa.Column("supplier_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("village", sa.String(length=120), nullable=False),
        sa.Column("district", sa.String(length=120), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("ends_at", sa.String(length=32), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("announcement", sa.String(length=16), nullable=False),
        sa.Column("delegation_person_ids", sa.JSON(), nullable=False),
        sa.Column("interpreter_person_id", sa.String(length=36), nullable=True),
        sa.Column("management_present", sa.String(length=200), nullable=False),
        sa.Column("template_id", sa.String(length=64), nullable=False),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interpreter_person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["supplier_organisation_id"],
            ["organisation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index("ix_visit_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "checklist_answer",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("answer", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("checklist_answer", schema=None) as batch_op:
        batch_op.create_index("ix_checklist_answer_visit", ["visit_id"], unique=False)

    op.create_table(
        "conversation",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("stakeholder_group", sa.String(length=32), nullable=False),
        sa.Column("women", sa.Integer(), nullable=False),
        sa.Column("men", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("interviewer_gender", sa.String(length=64), nullable=False),
        sa.Column("interpreter_person_id", sa.String(length=36), nullable=True),
        sa.Column("location", sa.String(length=16), nullable=False),
        sa.Column("management_present", sa.Boolean(), nullable=False),
        sa.Column("consent_notes", sa.Boolean(), nullable=False),
        sa.Column("consent_quotes", sa.Boolean(), nullable=False),
        sa.Column("retaliation_risk", sa.Boolean(), nullable=False),
        sa.Column("named_person_ids", sa.JSON(), nullable=False),
        sa.Column("held_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interpreter_person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index("ix_conversation_visit", ["visit_id"], unique=False)

    op.create_table(
        "visit_photo",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("person_ids", sa.JSON(), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit_photo", schema=None) as batch_op:
        batch_op.create_index("ix_visit_photo_visit", ["visit_id"], unique=False)

    op.create_table(
        "conversation_point",
        sa.Column("conversation_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("risk_tags", sa.JSON(), nullable=False),
        sa.Column("taken_at", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conversation_point", schema=None) as batch_op:
        batch_op.create_index("ix_conversation_point_conversation", ["conversation_id"], unique=False)

    op.create_table(
        "finding",
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("risk_tag", sa.String(length=32), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("evidence", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("answer_id", sa.String(length=36), nullable=True),
        sa.Column("point_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["checklist_answer.id"],
        ),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["conversation_point.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index("ix_finding_visit", ["visit_id"], unique=False)

    op.create_table(
        "ledger_entry",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_person_id", sa.String(length=36), nullable=True),
        sa.Column("owner_organisation_id", sa.String(length=36), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("action_id", sa.String(length=36), nullable=True),
        sa.Column("finding_id", sa.String(length=36), nullable=True),
        sa.Column("risk_tags", sa.JSON(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
        ),
        sa.ForeignKeyConstraint(
            ["finding_id"],
            ["finding.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_entry_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "ledger_status_change",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("verified_visit_id", sa.String(length=36), nullable=True),
        sa.Column("verified_meeting_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_hlc", sa.String(length=64), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["ledger_entry.id"],
        ),
        sa.ForeignKeyConstraint(
            ["verified_meeting_id"],
            ["meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["verified_visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ledger_status_change", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_status_change_entry", ["entry_id", "changed_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ledger_status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_status_change_entry")

    op.drop_table("ledger_status_change")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_meeting")

    op.drop_table("ledger_entry")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index("ix_finding_visit")

    op.drop_table("finding")
    with op.batch_alter_table("conversation_point", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_point_conversation")

    op.drop_table("conversation_point")
    with op.batch_alter_table("visit_photo", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_photo_visit")

    op.drop_table("visit_photo")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index("ix_conversation_visit")

    op.drop_table("conversation")
    with op.batch_alter_table("checklist_answer", schema=None) as batch_op:
        batch_op.drop_index("ix_checklist_answer_visit")

    op.drop_table("checklist_answer")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_meeting")

    op.drop_table("visit")
