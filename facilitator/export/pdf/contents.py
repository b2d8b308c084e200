"""The table of contents: its room is reserved where it stands, its lines drawn once the pages are known.

Each piece of the contents (it may run over more than one page) draws a PDF form object at its place
and links each line to its heading; the form is filled with titles and page numbers at the end of the
build, so the document is laid out once instead of twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from facilitator.export.pdf import canvas_text
from facilitator.export.pdf.styles import GREY, INK, Styles

if TYPE_CHECKING:
    from facilitator.export.pdf.document import Document, _Entry


class Contents(Flowable):
    """A table of contents of the headings down to ``depth`` (0: sections only, 1: and their items)."""

    def __init__(self, s: Styles, depth: int = 1, entries: list[_Entry] | None = None, part: int = 0) -> None:
        super().__init__()
        self.s, self.depth, self.part = s, depth, part
        self.entries: list[_Entry] = entries or []
        self.document: Document | None = None
        self.width = 0.0

    def plan(self, document: Document, entries: list[_Entry]) -> None:
        """Called by the document before the layout: the headings this contents will list."""
        self.document, self.entries = document, entries

    def _line_height(self, entry: _Entry) -> float:
        return (self.s.contents if entry.level == 0 else self.s.contents_sub).leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, sum(self._line_height(entry) for entry in self.entries)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used, count = 0.0, 0
        for entry in self.entries:
            if used + self._line_height(entry) > available_height:
                break
            used += self._line_height(entry)
            count += 1
        if count == 0 or count == len(self.entries):
            return []
        pieces = []
        for number, chunk in enumerate((self.entries[:count], self.entries[count:])):
            piece = Contents(self.s, self.depth, chunk, self.part * 2 + number + 1)
            piece.document = self.document
            pieces.append(piece)
        return pieces

    @property
    def form_name(self) -> str:
        return f"facilitator-contents-{self.entries[0].key if self.entries else self.part}"

    def draw(self) -> None:
        if not self.entries or self.document is None:
            return
        canvas = self.canv
        height = sum(self._line_height(entry) for entry in self.entries)
        canvas.doForm(self.form_name)
        y = height
        for entry in self.entries:
            y -= self._line_height(entry)
            canvas.linkRect("", entry.key, (0, y, self.width, y + self._line_height(entry)), relative=1, thickness=0)
        self.document.layout.contents.append(self)

    def fill(self, canvas: Canvas) -> None:
        """Draw the lines into the form, now that every heading has its page."""
        height = sum(self._line_height(entry) for entry in self.entries)
        canvas.beginForm(self.form_name, 0, 0, self.width, height)
        y = height
        for entry in self.entries:
            style = self.s.contents if entry.level == 0 else self.s.contents_sub
            y -= style.leading
            baseline = y + (style.leading - style.fontSize) / 2 + 1
            indent = style.leftIndent
            number = str(entry.page)
            number_width = canvas_text.width(number, style.fontSize)
            room = self.width - indent - number_width - 24
            canvas.setFillColor(INK if entry.level == 0 else GREY)
            title = canvas_text.fit(entry.text, style.fontSize, room, bold=entry.level == 0)
            end = indent + canvas_text.draw(canvas, indent, baseline, title, style.fontSize, bold=entry.level == 0)
            canvas.setStrokeColor(GREY)
            canvas.setLineWidth(0.3)
            canvas.setDash(0.5, 2.5)
            canvas.line(end + 4, baseline + 1, self.width - number_width - 4, baseline + 1)
            canvas.setDash()
            canvas_text.draw(canvas, self.width, baseline, number, style.fontSize, align="right")
        canvas.endForm()
