"""Closed sets of codes the app stores, each with the labels users see, translated in one context.

A :class:`Vocabulary` is declared once, next to the domain that uses it; its English labels are marked
with ``QT_TRANSLATE_NOOP`` so translators find them, and translated only when shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from facilitator.core import localised
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

# Every ISO language and country, named in the interface language (CLDR through Babel).
LANGUAGES, COUNTRIES = localised.LANGUAGES, localised.COUNTRIES
