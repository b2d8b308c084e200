"""The closed sets an agenda item draws from: kinds of session and interpretation modes, with their labels."""

from __future__ import annotations

from facilitator.i18n import QT_TRANSLATE_NOOP, translate

KINDS = {
    "welcome": QT_TRANSLATE_NOOP("Agenda", "Welcome"),
    "introductions": QT_TRANSLATE_NOOP("Agenda", "Introductions"),
    "presentation": QT_TRANSLATE_NOOP("Agenda", "Presentation"),
    "plenary": QT_TRANSLATE_NOOP("Agenda", "Plenary discussion"),
    "breakout": QT_TRANSLATE_NOOP("Agenda", "Breakout or caucus"),
    "break": QT_TRANSLATE_NOOP("Agenda", "Break"),
    "meal": QT_TRANSLATE_NOOP("Agenda", "Meal"),
    "debrief": QT_TRANSLATE_NOOP("Agenda", "Site-visit debrief"),
    "action_planning": QT_TRANSLATE_NOOP("Agenda", "Action planning"),
    "closing": QT_TRANSLATE_NOOP("Agenda", "Closing"),
}

# Time in which participants, above all workers, talk rather than listen: the balance check counts it.
DISCUSSION_KINDS = frozenset({"plenary", "breakout", "debrief", "action_planning"})
# Pauses are left out of the balance: a long lunch does not make a day less of a dialogue.
PAUSE_KINDS = frozenset({"break", "meal"})

INTERPRETATION_MODES = {
    "none": QT_TRANSLATE_NOOP("Agenda", "None"),
    "consecutive": QT_TRANSLATE_NOOP("Agenda", "Consecutive"),
    "simultaneous": QT_TRANSLATE_NOOP("Agenda", "Simultaneous"),
    "whispered": QT_TRANSLATE_NOOP("Agenda", "Whispered"),
}
# Only consecutive interpretation takes turns with the speaker and so stretches the time an item needs.
STRETCHING_MODES = frozenset({"consecutive"})


def kind_label(kind: str) -> str:
    return translate("Agenda", KINDS[kind]) if kind in KINDS else kind


def interpretation_label(mode: str) -> str:
    return translate("Agenda", INTERPRETATION_MODES[mode]) if mode in INTERPRETATION_MODES else mode
