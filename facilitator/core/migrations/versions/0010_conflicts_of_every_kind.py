"""Two laptops that edit a number, a date, a yes-or-no or a list at once now keep both versions, as a
text's: a conflict's other version of such a field is the JSON it travels in.  An earlier version of
the app would write that JSON into the field as text when it decided the conflict (a list of risk tags
became a string on every laptop), so this version's data is marked as newer: an earlier laptop refuses
its sync segments and asks to be updated first.  No table changes.

Revision ID: 0010_conflicts_of_every_kind
Revises: 0009_notes_for_supplier
"""

revision = "0010_conflicts_of_every_kind"
down_revision = "0009_notes_for_supplier"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change in the tables: the revision itself is the mark."""


def downgrade() -> None:
    """Nothing was changed."""
