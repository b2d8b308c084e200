"""What every visit and ledger document shares: the page marking, a fingerprint of its content, and a
small key-value block."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from facilitator import __version__
from facilitator.core import fingerprints
from facilitator.export import pdf
from facilitator.export.pdf.styles import Styles
from facilitator.i18n import translate

INTERNAL_COLOUR = "#9C2B23"
SHARED_COLOUR = "#1F4E79"


def fingerprint(content: Any) -> str:
    """A short digest of what the document says: two prints with the same fingerprint say the same."""
    return fingerprints.fingerprint(content)[:12]


def marking(label: str, title: str, content: Any, internal: bool) -> pdf.Marking:
    footer = translate("VisitPdf", "Facilitator {version} · fingerprint {fingerprint}").format(
        version=__version__, fingerprint=fingerprint(content)
    )
    return pdf.Marking(label, title, footer, INTERNAL_COLOUR if internal else SHARED_COLOUR)


def facts(rows: list[tuple[str, str]], width: float, s: Styles, label_width: float = 38 * mm) -> Flowable:
    """Label and value pairs as a two-column block without a header; empty values are left out."""
    shown = [(pdf.para(label, s.cell_head), pdf.para(value, s.cell)) for label, value in rows if value]
    return pdf.table(shown or [["", ""]], [label_width, width - label_width], s, header=False)
