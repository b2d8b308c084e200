"""The closed sets a person's place in a meeting draws from, and how people's groups and genders read."""

from __future__ import annotations

from collections.abc import Iterable

from facilitator.core import taxonomy
from facilitator.core.vocabulary import LANGUAGES, Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP

STATUSES = Vocabulary(
    "Participants",
    {
        "invited": QT_TRANSLATE_NOOP("Participants", "Invited"),
        "confirmed": QT_TRANSLATE_NOOP("Participants", "Confirmed"),
        "declined": QT_TRANSLATE_NOOP("Participants", "Declined"),
        "attended": QT_TRANSLATE_NOOP("Participants", "Attended"),
    },
)
ROLES = Vocabulary(
    "Participants",
    {
        "participant": QT_TRANSLATE_NOOP("Participants", "Participant"),
        "facilitator": QT_TRANSLATE_NOOP("Participants", "Facilitator"),
        "interpreter": QT_TRANSLATE_NOOP("Participants", "Interpreter"),
        "note_taker": QT_TRANSLATE_NOOP("Participants", "Note-taker"),
        "observer": QT_TRANSLATE_NOOP("Participants", "Observer"),
    },
)
# How a person may appear in anything that leaves the laptop; facilitator.core.disclosure decides the rest.
ANONYMITY = Vocabulary(
    "Anonymity",
    {
        "named": QT_TRANSLATE_NOOP("Anonymity", "Named"),
        "group_only": QT_TRANSLATE_NOOP("Anonymity", "Group only"),
        "anonymous": QT_TRANSLATE_NOOP("Anonymity", "Anonymous"),
    },
)
# Anonymity levels from the least to the most protective; a level not among them counts as the most.
PROTECTION = ("named", "group_only", "anonymous")
MOST_PROTECTIVE = PROTECTION[-1]


def protection(level: str) -> int:
    """How protective a level is: a higher number shows less of the person."""
    return PROTECTION.index(level) if level in PROTECTION else len(PROTECTION) - 1


def default_anonymity(group: str) -> str:
    """Rights-holders are anonymous until they agree otherwise [S24, S30]; everyone else is named."""
    known = taxonomy.stakeholder_groups()
    return "anonymous" if group in known and known[group].is_rights_holder else "named"


# Meeting staff: their talk is procedural by default and they are not waiting to be heard.
INTERPRETER_ROLE, INTERPRETER_GROUP = "interpreter", "INTERPRETER"
STAFF_ROLES = frozenset({"facilitator", INTERPRETER_ROLE, "note_taker"})
STAFF_GROUPS = frozenset({"FACILITATOR", INTERPRETER_GROUP})
# The caucus a person takes part in: the plenary or a separate session of their own people.
CAUCUSES = Vocabulary(
    "Participants",
    {
        "plenary": QT_TRANSLATE_NOOP("Participants", "Plenary"),
        "worker_caucus": QT_TRANSLATE_NOOP("Participants", "Worker caucus"),
        "women_caucus": QT_TRANSLATE_NOOP("Participants", "Women-only session"),
        "business_caucus": QT_TRANSLATE_NOOP("Participants", "Business caucus"),
        "civil_society_caucus": QT_TRANSLATE_NOOP("Participants", "Civil-society caucus"),
    },
)
NEED_STATES = Vocabulary(
    "Participants",
    {
        "": QT_TRANSLATE_NOOP("Participants", "Not asked"),
        "not_needed": QT_TRANSLATE_NOOP("Participants", "Not needed"),
        "needed": QT_TRANSLATE_NOOP("Participants", "Needed"),
        "arranged": QT_TRANSLATE_NOOP("Participants", "Arranged"),
    },
)
NEEDS = Vocabulary(
    "Participants",
    {
        "travel_support": QT_TRANSLATE_NOOP("Participants", "Travel support"),
        "lost_wages": QT_TRANSLATE_NOOP("Participants", "Lost-wage compensation"),
        "childcare": QT_TRANSLATE_NOOP("Participants", "Childcare"),
    },
)
GENDERS = Vocabulary(
    "Participants",
    {
        "": QT_TRANSLATE_NOOP("Participants", "Not recorded"),
        "woman": QT_TRANSLATE_NOOP("Participants", "Woman"),
        "man": QT_TRANSLATE_NOOP("Participants", "Man"),
        "non_binary": QT_TRANSLATE_NOOP("Participants", "Non-binary"),
        "prefer_not_to_say": QT_TRANSLATE_NOOP("Participants", "Prefer not to say"),
    },
)
CONSENT_KINDS = Vocabulary(
    "Participants",
    {
        "recording": QT_TRANSLATE_NOOP("Participants", "Recording"),
        "photos": QT_TRANSLATE_NOOP("Participants", "Photos"),
        "naming": QT_TRANSLATE_NOOP("Participants", "Naming in minutes"),
        "quotes": QT_TRANSLATE_NOOP("Participants", "Quotes"),
    },
)
CHECK_IN_KINDS = ("arrival", "departure")


def group_label(group: str) -> str:
    known = taxonomy.stakeholder_groups()
    return known[group].label if group in known else group


def normalise_gender(text: str) -> str:
    """Common spellings to a code; anything else is kept as the person's own description."""
    value = (text or "").strip()
    known = {
        "f": "woman", "female": "woman", "w": "woman", "woman": "woman", "women": "woman",
        "m": "man", "male": "man", "man": "man", "men": "man",
        # Lists are kept in Dutch and Hindi too.
        "v": "woman", "vrouw": "woman", "vrouwelijk": "woman", "mannelijk": "man",
        "महिला": "woman", "स्त्री": "woman", "औरत": "woman", "पुरुष": "man", "आदमी": "man",
        "non-binary": "non_binary", "nonbinary": "non_binary", "non_binary": "non_binary",
        "prefer not to say": "prefer_not_to_say", "prefer_not_to_say": "prefer_not_to_say",
    }  # fmt: skip
    return known.get(value.lower(), value[:64])


def language_names(codes: Iterable[str]) -> str:
    return ", ".join(LANGUAGES.label(code) for code in codes)
