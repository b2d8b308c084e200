"""The closed sets a visit draws from, each with the labels users see."""

from __future__ import annotations

from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP

SITE_KINDS = Vocabulary(
    "Visits",
    {
        "quarry": QT_TRANSLATE_NOOP("Visits", "Quarry"),
        "processing_unit": QT_TRANSLATE_NOOP("Visits", "Processing unit"),
        "cobble_yard": QT_TRANSLATE_NOOP("Visits", "Cobble yard"),
        "home_based": QT_TRANSLATE_NOOP("Visits", "Home-based work"),
        "community_centre": QT_TRANSLATE_NOOP("Visits", "Community centre"),
    },
)
ANNOUNCEMENT = Vocabulary(
    "Visits",
    {
        "announced": QT_TRANSLATE_NOOP("Visits", "Announced"),
        "semi_announced": QT_TRANSLATE_NOOP("Visits", "Semi-announced"),
        "unannounced": QT_TRANSLATE_NOOP("Visits", "Unannounced"),
    },
)
ANSWERS = Vocabulary(
    "Visits",
    {
        "": QT_TRANSLATE_NOOP("Visits", "Not answered"),
        "observed": QT_TRANSLATE_NOOP("Visits", "Observed"),
        "partly": QT_TRANSLATE_NOOP("Visits", "Partly"),
        "not_observed": QT_TRANSLATE_NOOP("Visits", "Not observed"),
        "not_seen": QT_TRANSLATE_NOOP("Visits", "Not seen"),
    },
)
# The answers that point to a risk: what should be there was missing, or only partly there.
GAP_ANSWERS = frozenset({"partly", "not_observed"})
LOCATIONS = Vocabulary(
    "Visits",
    {
        "off_site": QT_TRANSLATE_NOOP("Visits", "Off-site"),
        "on_site": QT_TRANSLATE_NOOP("Visits", "On-site"),
    },
)
SEVERITIES = Vocabulary(
    "Visits",
    {
        "low": QT_TRANSLATE_NOOP("Visits", "Low"),
        "medium": QT_TRANSLATE_NOOP("Visits", "Medium"),
        "high": QT_TRANSLATE_NOOP("Visits", "High"),
        "critical": QT_TRANSLATE_NOOP("Visits", "Critical"),
    },
)
SEVERITY_ORDER = tuple(SEVERITIES)
EVIDENCE = Vocabulary(
    "Visits",
    {
        "observed": QT_TRANSLATE_NOOP("Visits", "Observed"),
        "heard": QT_TRANSLATE_NOOP("Visits", "Heard"),
        "document": QT_TRANSLATE_NOOP("Visits", "Document"),
    },
)
FINDING_STATUSES = Vocabulary(
    "Visits",
    {
        "open": QT_TRANSLATE_NOOP("Visits", "Open"),
        "confirmed": QT_TRANSLATE_NOOP("Visits", "Confirmed"),
        "disputed": QT_TRANSLATE_NOOP("Visits", "Disputed"),
        "resolved": QT_TRANSLATE_NOOP("Visits", "Resolved"),
    },
)
