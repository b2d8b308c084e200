"""Text drawn straight onto a canvas (headers, footers, chart labels), in the right font per script and shaped.

Paragraphs choose fonts and shape on their own; a canvas string does neither (reportlab's
``drawString(shaping=True)`` shapes only where a bidi library is installed), so these helpers cut the
text into runs of one script (:func:`facilitator.export.fonts.runs`) and shape each run that needs it
with reportlab's ``ttfonts.shapeStr`` (HarfBuzz), as Devanagari does.
"""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas

from facilitator.export import fonts
from facilitator.export.pdf.styles import needs_shaping


def _pieces(text: str, size: float, bold: bool) -> list[tuple[str, str, float]]:
    pieces = []
    for face, chunk in fonts.runs(unicodedata.normalize("NFC", text), bold):
        shaped = shapeStr(chunk, face, size) if needs_shaping(chunk) else chunk
        data = getattr(shaped, "__shapeData__", None)
        width = sum(sd.x_advance for sd in data) * size / 1000 if data else pdfmetrics.stringWidth(chunk, face, size)
        pieces.append((face, shaped, width))
    return pieces


def width(text: str, size: float, bold: bool = False) -> float:
    """The width ``text`` takes when drawn by :func:`draw`."""
    return sum(piece[2] for piece in _pieces(text, size, bold))


def draw(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left") -> float:
    """Draw one line of ``text`` with its left end (``align="left"``), right end or centre at ``x``; returns
    its width.  The canvas's fill colour is used."""
    pieces = _pieces(text, size, bold)
    total = sum(piece[2] for piece in pieces)
    x -= {"left": 0.0, "right": total, "centre": total / 2}[align]
    for face, chunk, chunk_width in pieces:
        line = canvas.beginText(x, y)
        line.setFont(face, size)
        line.textOut(chunk)  # a shaped string is placed glyph by glyph as HarfBuzz positioned it
        canvas.drawText(line)
        x += chunk_width
    return total


def fit(text: str, size: float, room: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so that it takes at most ``room`` points."""
    if width(text, size, bold) <= room:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle].rstrip() + "…", size, bold) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"
