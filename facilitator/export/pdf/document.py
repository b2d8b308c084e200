"""The document template: page decoration, metadata, language, bookmarks, and bytes that can be made again.

Pages carry a header (the document's short title and its marking, such as "Public") and a footer (a
version and fingerprint line, and "Page 3 of 12").  The total page count and the table of contents
are not known while pages are laid out, so both are drawn into PDF form objects that are filled in
once the last page is done: the document is laid out once, however long it is.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from msgspec import Struct, field
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from facilitator import __version__
from facilitator.export import fonts
from facilitator.export.pdf import canvas_text
from facilitator.export.pdf.styles import GREY, RULE, Heading
from facilitator.i18n import translate

Progress = Callable[[int, int], object]
PAGE_TOTAL_FORM = "facilitator-page-total"
HEADER_SIZE = 7.5
FOOTER_SIZE = 7


class Metadata(Struct, frozen=True):
    """What the file says about itself (File ▸ Properties in a PDF viewer)."""

    title: str
    subject: str = ""
    author: str = ""  # the organisation that issues the document
    keywords: tuple[str, ...] = ()
    language: str = "en"  # BCP 47 code of the document's own words: the PDF's /Lang
    made_at: datetime | None = None  # the creation date written into the file; None: now


class Marking(Struct, frozen=True):
    """What every page shows: ``label`` (the confidentiality marking, or what the document is: "Agenda")
    in the header beside ``title``, ``footer`` (a version and fingerprint) at the foot, with page numbers
    unless ``numbered`` is off."""

    label: str = ""
    title: str = ""
    footer: str = ""
    colour: str = "#444444"
    numbered: bool = True


class _Entry(Struct):
    level: int
    text: str
    key: str
    page: int = 0


class _Layout(Struct):
    """What the layout found out: page numbers of the headings, and the contents' pieces to fill in."""

    entries: list[_Entry] = field(default_factory=list)
    contents: list[Any] = field(default_factory=list)
    pages: int = 0


def _fixed_time(at: datetime) -> TimeStamp:
    """A reportlab time stamp of ``at`` in UTC, so the file's dates do not depend on the clock."""
    stamp = TimeStamp(invariant=True)
    moment = at.astimezone(UTC)
    stamp.t = moment.timestamp()
    stamp.lt = time.gmtime(stamp.t)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def walk(story: Iterable[Flowable]) -> Iterator[Flowable]:
    """The story's flowables, those kept together included, in the order they are laid out."""
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            yield from walk(flowable._content)
        elif isinstance(flowable, list | tuple):
            yield from walk(flowable)
        else:
            yield flowable


class Document(BaseDocTemplate):
    """An A4 document; :meth:`build` lays out a story and returns the PDF's bytes."""

    def __init__(self, metadata: Metadata, marking: Marking | None = None, margin: float = 16 * mm,
                 pagesize: tuple[float, float] = A4) -> None:  # fmt: skip
        self._buffer = io.BytesIO()
        self.metadata = metadata
        self.marking = marking
        decorated = marking is not None
        super().__init__(
            self._buffer,
            pagesize=pagesize,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin + (6 * mm if decorated else 0),
            bottomMargin=margin + (6 * mm if decorated else 0),
            title=metadata.title,
            author=metadata.author or "Facilitator",
            subject=metadata.subject,
            keywords=list(metadata.keywords),
            creator=f"Facilitator {__version__}",
            lang=metadata.language,
            invariant=1,
            initialFontName=fonts.base_font(),
            displayDocTitle=1,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])
        self.layout = _Layout()
        self._progress: Progress | None = None
        self._total = 0

    # -- building ------------------------------------------------------------------------------------

    def build(self, story: Sequence[Flowable], progress: Progress | None = None) -> bytes:  # type: ignore[override]
        """Lay out ``story`` (once) and return the finished file; ``progress(done, total)`` is called as
        flowables are placed."""
        story = list(story)
        planned = [f for f in walk(story) if isinstance(f, Heading)]
        self.layout = _Layout([_Entry(h.outline_level, h.outline_text, f"heading-{n}") for n, h in enumerate(planned)])
        self._headings = {id(h): entry for h, entry in zip(planned, self.layout.entries, strict=True)}
        self._last_level = -1
        from facilitator.export.pdf.contents import Contents

        for flowable in walk(story):
            if isinstance(flowable, Contents):
                flowable.plan(self, [entry for entry, h in zip(self.layout.entries, planned, strict=True)
                                     if h.in_contents and entry.level <= flowable.depth])  # fmt: skip
        self._progress, self._total = progress, len(story)
        if progress is not None:
            self.setProgressCallBack(self._report)
        super().build(story, canvasmaker=self._canvas)
        return self._buffer.getvalue()

    def _canvas(self, *args: Any, **kwargs: Any) -> Canvas:
        canvas = Canvas(*args, **kwargs)
        canvas._doc._timeStamp = _fixed_time(self.metadata.made_at or datetime.now(UTC))
        return canvas

    def _report(self, kind: str, value: int) -> None:
        if kind == "PROGRESS" and self._progress is not None:
            self._progress(value, self._total)

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = self._headings.get(id(flowable)) if isinstance(flowable, Heading) else None
        if entry is None:
            return
        entry.page = self.page
        top = self.frame._y + flowable.height + 4
        self.canv.bookmarkHorizontalAbsolute(entry.key, top)
        level = min(entry.level, self._last_level + 1)
        self.canv.addOutlineEntry(entry.text, entry.key, level, closed=level > 0)
        self._last_level = level

    def afterPage(self) -> None:
        self.layout.pages = self.page

    def _endBuild(self) -> None:
        self._doSave = 0
        super()._endBuild()
        self._fill_forms()
        self.canv.save()

    def _fill_forms(self) -> None:
        canvas = self.canv
        if self.marking is not None and self.marking.numbered:
            canvas.beginForm(PAGE_TOTAL_FORM)
            canvas.setFillColor(GREY)
            canvas_text.draw(canvas, 0, 0, str(self.layout.pages), FOOTER_SIZE)
            canvas.endForm()
        for piece in self.layout.contents:
            piece.fill(canvas)

    # -- every page ----------------------------------------------------------------------------------

    def _decorate(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        marking = self.marking
        if marking is None:
            return
        left, right = self.leftMargin, self.pagesize[0] - self.rightMargin
        top, bottom = self.pagesize[1] - self.topMargin + 4 * mm, self.bottomMargin - 5 * mm
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(marking.colour))
        label_width = canvas_text.draw(canvas, right, top, marking.label, HEADER_SIZE, bold=True, align="right")
        canvas.setFillColor(GREY)
        room = right - left - label_width - 6 * mm
        canvas_text.draw(canvas, left, top, canvas_text.fit(marking.title, HEADER_SIZE, room), HEADER_SIZE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, top - 2 * mm, right, top - 2 * mm)
        canvas.line(left, bottom + 3.2 * mm, right, bottom + 3.2 * mm)
        page_room = 0.0
        if marking.numbered:
            page_room = self._page_number(canvas, right, bottom)
        room = right - left - page_room - 6 * mm
        canvas_text.draw(canvas, left, bottom, canvas_text.fit(marking.footer, FOOTER_SIZE, room), FOOTER_SIZE)
        canvas.restoreState()

    def _page_number(self, canvas: Canvas, right: float, y: float) -> float:
        """ "Page 3 of 12", the total drawn by a form filled in at the end; returns the width it takes."""
        template = translate("Pdf", "Page {0} of {1}")
        before, _, after = template.partition("{1}")
        before, after = before.format(self.page), after.format(self.page)
        reserve = canvas_text.width("0" * max(2, len(str(self.page))), FOOTER_SIZE)
        start = right - canvas_text.width(before, FOOTER_SIZE) - reserve - canvas_text.width(after, FOOTER_SIZE)
        x = start + canvas_text.draw(canvas, start, y, before, FOOTER_SIZE)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()
        if after:
            canvas_text.draw(canvas, x + reserve, y, after, FOOTER_SIZE)
        return right - start
