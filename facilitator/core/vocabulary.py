"""Closed sets of values the app stores, with the labels users see."""

from __future__ import annotations

from facilitator.i18n import QT_TRANSLATE_NOOP, translate

MEETING_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
    "live": QT_TRANSLATE_NOOP("Vocabulary", "Live"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
}

CONFIDENTIALITY = {
    "public": QT_TRANSLATE_NOOP("Vocabulary", "Public"),
    "internal": QT_TRANSLATE_NOOP("Vocabulary", "Internal"),
    "confidential": QT_TRANSLATE_NOOP("Vocabulary", "Confidential"),
}

LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
    "hi": QT_TRANSLATE_NOOP("Vocabulary", "Hindi"),
    "raj": QT_TRANSLATE_NOOP("Vocabulary", "Rajasthani"),
    "nl": QT_TRANSLATE_NOOP("Vocabulary", "Dutch"),
    "zh": QT_TRANSLATE_NOOP("Vocabulary", "Chinese"),
    "vi": QT_TRANSLATE_NOOP("Vocabulary", "Vietnamese"),
    "tr": QT_TRANSLATE_NOOP("Vocabulary", "Turkish"),
    "ta": QT_TRANSLATE_NOOP("Vocabulary", "Tamil"),
    "te": QT_TRANSLATE_NOOP("Vocabulary", "Telugu"),
    "kn": QT_TRANSLATE_NOOP("Vocabulary", "Kannada"),
    "or": QT_TRANSLATE_NOOP("Vocabulary", "Odia"),
    "ku": QT_TRANSLATE_NOOP("Vocabulary", "Kurdish"),
    "ar": QT_TRANSLATE_NOOP("Vocabulary", "Arabic"),
    "fr": QT_TRANSLATE_NOOP("Vocabulary", "French"),
    "de": QT_TRANSLATE_NOOP("Vocabulary", "German"),
}

COUNTRIES = {
    "IN": QT_TRANSLATE_NOOP("Vocabulary", "India"),
    "CN": QT_TRANSLATE_NOOP("Vocabulary", "China"),
    "VN": QT_TRANSLATE_NOOP("Vocabulary", "Vietnam"),
    "TR": QT_TRANSLATE_NOOP("Vocabulary", "Turkey"),
    "NL": QT_TRANSLATE_NOOP("Vocabulary", "Netherlands"),
    "BE": QT_TRANSLATE_NOOP("Vocabulary", "Belgium"),
}


def label(vocabulary: dict[str, str], code: str) -> str:
    """The translated label of a code, or the code itself when the vocabulary does not know it."""
    return translate("Vocabulary", vocabulary[code]) if code in vocabulary else code
