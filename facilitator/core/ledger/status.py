"""The life of a ledger entry: a small state machine whose every step is a dated, insert-only fact.

Open → In progress → Done (with evidence) → Verified (on a later visit or meeting) → Closed; an entry
can be Reopened when what was done did not hold, or Referred to an external mechanism (a labour
inspectorate, a grievance body).  Each change says when, who and why; nothing is ever rewritten, so
the history shows which commitments were kept.
"""

from __future__ import annotations

from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP

STATUSES = Vocabulary(
    "Ledger",
    {
        "open": QT_TRANSLATE_NOOP("Ledger", "Open"),
        "in_progress": QT_TRANSLATE_NOOP("Ledger", "In progress"),
        "done": QT_TRANSLATE_NOOP("Ledger", "Done"),
        "verified": QT_TRANSLATE_NOOP("Ledger", "Verified"),
        "closed": QT_TRANSLATE_NOOP("Ledger", "Closed"),
        "reopened": QT_TRANSLATE_NOOP("Ledger", "Reopened"),
        "referred": QT_TRANSLATE_NOOP("Ledger", "Referred"),
    },
)
INITIAL = "open"
TRANSITIONS: dict[str, frozenset[str]] = {
    "open": frozenset({"in_progress", "done", "referred"}),
    "in_progress": frozenset({"done", "referred"}),
    "done": frozenset({"verified", "reopened"}),
    "verified": frozenset({"closed", "reopened"}),
    "closed": frozenset({"reopened"}),
    "reopened": frozenset({"in_progress", "done", "referred"}),
    "referred": frozenset({"reopened", "closed"}),
}
# Still owed: an entry in one of these states and past its due date is overdue.
OUTSTANDING = frozenset({"open", "in_progress", "reopened"})
# Kept: done and seen to be done.
KEPT = frozenset({"verified", "closed"})


def allowed(current: str, new: str) -> bool:
    return new in TRANSITIONS.get(current, frozenset())


def next_states(current: str) -> list[str]:
    """The states an entry can move to, in the vocabulary's order."""
    return [state for state in STATUSES if allowed(current, state)]
