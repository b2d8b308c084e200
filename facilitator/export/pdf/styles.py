"""The paragraph styles every document shares, and the few flowables built from them.

Text passes through :func:`para`, which escapes it, puts each script's run in a font that has its
glyphs and asks for shaping only where a script needs it (Devanagari and the other Indic scripts,
Arabic), since shaping every Latin word would cost a long document seconds for nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

from msgspec import Struct
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from facilitator.export import fonts

INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#BBBBBB")
SHADE = colors.HexColor("#F0F0F0")
ACCENT = colors.HexColor("#1F4E79")


class Styles(Struct, frozen=True):
    """The styles of one document; every one shapes nothing by itself (see :func:`para`)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    meta: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    contents: ParagraphStyle
    contents_sub: ParagraphStyle

    @property
    def headings(self) -> tuple[ParagraphStyle, ...]:
        return (self.h1, self.h2, self.h3)


@cache
def styles(size: float = 9.5) -> Styles:
    """The shared styles, scaled from a body size in points."""
    regular, bold = fonts.base_font(), fonts.base_font(bold=True)
    # The bullet's font too: reportlab's default bullet font is Helvetica, which would not be embedded.
    body = ParagraphStyle(
        "body", fontName=regular, bulletFontName=regular, fontSize=size, leading=size * 1.38, textColor=INK,
        spaceAfter=3,
    )  # fmt: skip
    head = ParagraphStyle("head", parent=body, fontName=bold, textColor=ACCENT, keepWithNext=1)
    return Styles(
        title=ParagraphStyle("title", parent=head, fontSize=size * 2.1, leading=size * 2.6, spaceAfter=6),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=size * 1.3, leading=size * 1.8, textColor=GREY),
        h1=ParagraphStyle("h1", parent=head, fontSize=size * 1.55, leading=size * 2, spaceBefore=10, spaceAfter=5),
        h2=ParagraphStyle("h2", parent=head, fontSize=size * 1.2, leading=size * 1.6, spaceBefore=8, spaceAfter=3),
        h3=ParagraphStyle(
            "h3", parent=head, fontSize=size, leading=size * 1.38, spaceBefore=5, spaceAfter=2, textColor=INK
        ),
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        quote=ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=14,
            rightIndent=14,
            textColor=GREY,
            fontSize=size,
            spaceBefore=2,
            spaceAfter=4,
        ),
        meta=ParagraphStyle("meta", parent=body, textColor=GREY),
        small=ParagraphStyle(
            "small", parent=body, fontSize=size * 0.82, leading=size * 1.1, textColor=GREY, spaceAfter=0
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=size * 0.9, leading=size * 1.2, spaceAfter=0),
        cell_head=ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=bold,
            fontSize=size * 0.85,
            leading=size * 1.15,
            textColor=GREY,
            spaceAfter=0,
        ),
        contents=ParagraphStyle("contents", parent=body, fontSize=size, leading=size * 1.55, spaceAfter=0),
        contents_sub=ParagraphStyle(
            "contents_sub",
            parent=body,
            fontSize=size * 0.9,
            leading=size * 1.4,
            leftIndent=12,
            textColor=GREY,
            spaceAfter=0,
        ),
    )


# The scripts that need HarfBuzz to place their glyphs (conjuncts, vowel signs, joining).
_SHAPED_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0900, 0x0DFF), (0xA8E0, 0xA8FF), (0xFB50, 0xFEFF))


# One search in C instead of a look at every character in Python: a long document has thousands of paragraphs.
_SHAPED = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _SHAPED_RANGES) + "]")


def needs_shaping(text: str) -> bool:
    return _SHAPED.search(text) is not None


@cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


class _Laid(Paragraph):
    """A paragraph that keeps its lines for the width it was last wrapped to.

    A table wraps every cell to measure its rows, again for each page it is split over and when it draws
    it, and KeepTogether measures before the frame places; each time the lines come out the same, and
    breaking them is most of what a long document costs.  Parts split off are new paragraphs."""

    _wrapped_to: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_to and hasattr(self, "blPara"):  # a refused split drops the lines
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_to = availWidth
        return size


def para(text: str, style: ParagraphStyle, bold: bool = False, markup: str = "") -> Paragraph:
    """A paragraph of plain ``text`` (escaped, never read as markup) with a font per script.

    ``markup`` is trusted reportlab markup put before the text (a bold label, a bullet)."""
    text = unicodedata.normalize("NFC", text)
    chosen = _shaped(style) if needs_shaping(text) or needs_shaping(markup) else style
    return _Laid(markup + fonts.markup(text, bold=bold), chosen)


def label(text: str, bold: bool = True) -> str:
    """Trusted markup for a short label before a paragraph's text ("Owner: ")."""
    return f"<b>{fonts.markup(text, bold=bold)}</b>" if bold else fonts.markup(text)


class Heading(_Laid):
    """A section heading: the document makes a bookmark and a contents entry of it."""

    def __init__(self, text: str, level: int, style: ParagraphStyle, contents: bool = True) -> None:
        text = unicodedata.normalize("NFC", text)
        chosen = _shaped(style) if needs_shaping(text) else style
        super().__init__(fonts.markup(text, bold=True), chosen)
        self.outline_text = text
        self.outline_level = level
        self.in_contents = contents


def heading(text: str, level: int, s: Styles, contents: bool = True) -> Heading:
    """A heading of ``level`` 0 (a section), 1 or 2; ``contents=False`` keeps it out of the table of
    contents (it is still bookmarked)."""
    return Heading(text, level, s.headings[min(level, 2)], contents)


def headed_blocks(heading: Heading, blocks: Sequence[Sequence[Flowable]]) -> list[Flowable]:
    """Blocks each kept on one page, the heading with the first: a heading's keepWithNext does not hold
    before a KeepTogether, and "Checklist" or "Photos" ended a page alone."""
    return [KeepTogether([*([heading] if number == 0 else []), *block]) for number, block in enumerate(blocks)]


def table(rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float], s: Styles, header: bool = True,
          shaded: Sequence[int] = ()) -> Table:  # fmt: skip
    """A ruled table; plain strings become cell paragraphs, a first header row repeats on every page and
    the rows numbered in ``shaded`` get a grey background."""
    cells = [
        [para(cell, s.cell_head if header and number == 0 else s.cell, bold=header and number == 0)
         if isinstance(cell, str) else cell
         for cell in row]
        for number, row in enumerate(rows)
    ]  # fmt: skip
    made = Table(
        cells, colWidths=list(widths), repeatRows=1 if header else 0, splitInRow=int(_taller_than_a_page(cells, widths))
    )
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.base_font()),  # the cells' own default is Helvetica, not embedded
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY))
    commands += [("BACKGROUND", (0, row), (-1, row), SHADE) for row in shaded]
    made.setStyle(TableStyle(commands))
    return made


# A row no page could hold whole (a note of several thousand characters) is split across pages; other
# rows keep moving whole to the next page, as a reader expects.  A cell's text this long is measured.
TALL_ROW_POINTS = 560
_MEASURED_FROM = 400


def _taller_than_a_page(cells: Sequence[Sequence[Flowable | list[Flowable]]], widths: Sequence[float]) -> bool:
    """Whether a cell's paragraphs could fill a page; only a cell with this much text is measured."""
    for row in cells:
        for cell, width in zip(row, widths, strict=False):
            parts = [part for part in (cell if isinstance(cell, list) else [cell]) if isinstance(part, Paragraph)]
            long = sum(len(part.text) for part in parts) > _MEASURED_FROM
            if long and sum(part.wrap(width, 1e9)[1] for part in parts) > TALL_ROW_POINTS:
                return True
    return False


def restyled(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """A variant of a shared style (a colour, an alignment) without touching the shared one."""
    return ParagraphStyle(f"{style.name}-variant", parent=style, **changes)
