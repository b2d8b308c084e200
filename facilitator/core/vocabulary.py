"""Closed sets of codes the app stores, each with the labels users see, translated in one context.

A :class:`Vocabulary` is declared once, next to the domain that uses it; its English labels are marked
with ``QT_TRANSLATE_NOOP`` so translators find them, and translated only when shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from facilitator.core.errors import UserError
from facilitator.i18n import QT_TRANSLATE_NOOP, translate


class Vocabulary(Mapping[str, str]):
    """Codes in a fixed order, mapped to English source labels of one translation context."""

    def __init__(self, context: str, entries: dict[str, str]) -> None:
        self.context = context
        self._entries = dict(entries)

    def __getitem__(self, code: str) -> str:
        return self._entries[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def label(self, code: str) -> str:
        """The translated label of a code; a value outside the set (a self-described one) is shown as typed."""
        return translate(self.context, self._entries[code]) if code in self._entries else code

    def require(self, code: str, what: str) -> str:
        """``code`` itself when it belongs to the set, else a plain refusal naming the known codes."""
        if code not in self._entries:
            raise UserError(
                translate("Vocabulary", "Unknown {what}: {value}. Use one of: {known}").format(
                    what=what, value=code, known=", ".join(known for known in self._entries if known)
                )
            )
        return code


MEETING_STATUSES = Vocabulary(
    "Vocabulary",
    {
        "planned": QT_TRANSLATE_NOOP("Vocabulary", "Planned"),
        "live": QT_TRANSLATE_NOOP("Vocabulary", "Live"),
        "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    },
)

CONFIDENTIALITY = Vocabulary(
    "Vocabulary",
    {
        "public": QT_TRANSLATE_NOOP("Vocabulary", "Public"),
        "internal": QT_TRANSLATE_NOOP("Vocabulary", "Internal"),
        "confidential": QT_TRANSLATE_NOOP("Vocabulary", "Confidential"),
    },
)

LANGUAGES = Vocabulary(
    "Vocabulary",
    {
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
    },
)

COUNTRIES = Vocabulary(
    "Vocabulary",
    {
        "IN": QT_TRANSLATE_NOOP("Vocabulary", "India"),
        "CN": QT_TRANSLATE_NOOP("Vocabulary", "China"),
        "VN": QT_TRANSLATE_NOOP("Vocabulary", "Vietnam"),
        "TR": QT_TRANSLATE_NOOP("Vocabulary", "Turkey"),
        "NL": QT_TRANSLATE_NOOP("Vocabulary", "Netherlands"),
        "BE": QT_TRANSLATE_NOOP("Vocabulary", "Belgium"),
    },
)
