"""Fonts for PDF exports that show every script a meeting uses: Latin, Devanagari, Chinese and more.

reportlab has no font fallback, so text is split into runs by script and each run is wrapped in the
font that has its glyphs (:func:`markup`).  Devanagari and the other Indic scripts need shaping
(conjuncts, vowel signs), which reportlab does with HarfBuzz when a paragraph style sets ``shaping=1``.
Fonts come from the package's resources/fonts (every install and the frozen build carry them) and
otherwise from the system.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator import paths
from facilitator.core.errors import UserError
from facilitator.i18n import translate

SYSTEM_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/opentype/noto"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


@dataclass(frozen=True)
class Script:
    name: str
    ranges: tuple[tuple[int, int], ...]
    regular: str
    bold: str
    subfont: int = 0


LATIN = Script("Sans", (), "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
SCRIPTS = (
    Script(
        "Devanagari",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
    ),
    Script("Bengali", ((0x0980, 0x09FF),), "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    Script("Gujarati", ((0x0A80, 0x0AFF),), "NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf"),
    Script("Oriya", ((0x0B00, 0x0B7F),), "NotoSansOriya-Regular.ttf", "NotoSansOriya-Bold.ttf"),
    Script("Tamil", ((0x0B80, 0x0BFF),), "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    Script("Telugu", ((0x0C00, 0x0C7F),), "NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf"),
    Script("Kannada", ((0x0C80, 0x0CFF),), "NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf"),
    Script(
        "Arabic",
        ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
    ),
    Script(
        "CJK",
        ((0x2E80, 0x2FDF), (0x3000, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF)),
        "wqy-microhei.ttc",
        "wqy-microhei.ttc",
    ),
)

# Punctuation that every font here has, so it can follow the script around it.
NEUTRAL = frozenset(",.:;!?()'\"/-")


def find(filename: str) -> Path | None:
    """The bundled copy of a font file, else the system's, else None."""
    for folder in (paths.resources_dir() / "fonts", *SYSTEM_DIRS):
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    return None


def _face(script: Script, bold: bool) -> str:
    return f"Facilitator{script.name}{'-Bold' if bold else ''}"


@cache
def _register(script: Script, bold: bool) -> str | None:
    """Register one face with reportlab once; None when its file is on neither path."""
    filename = script.bold if bold else script.regular
    path = find(filename)
    if path is None:
        return None
    name = _face(script, bold)
    pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=script.subfont))
    return name


def base_font(bold: bool = False) -> str:
    """The Latin face every document starts from; refuses plainly when no copy can be found."""
    name = _register(LATIN, bold)
    if name is None:
        raise UserError(
            translate("Export", "The font {0} is missing; reinstall Facilitator to print.").format(LATIN.regular)
        )
    return name


def script_of(char: str) -> Script | None:
    code = ord(char)
    if code < 0x0600:  # Latin, Greek, Cyrillic: the base font has them
        return None
    for script in SCRIPTS:
        if any(low <= code <= high for low, high in script.ranges):
            return script
    return None


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup of ``text`` with every non-Latin run in a font that has its glyphs."""
    runs: list[tuple[Script | None, list[str]]] = []
    for char in text:
        # Spaces and punctuation stay in the run they are in, so a Hindi phrase is shaped as one run
        # (reportlab misplaces short Latin runs between shaped ones).
        script = (runs[-1][0] if runs else None) if char.isspace() or char in NEUTRAL else script_of(char)
        if runs and runs[-1][0] is script:
            runs[-1][1].append(char)
        else:
            runs.append((script, [char]))
    parts = []
    for script, chars in runs:
        chunk = escape("".join(chars)).replace("\n", "<br/>")
        face = _register(script, bold) if script is not None else None
        parts.append(f'<font face="{face}">{chunk}</font>' if face else chunk)
    return "".join(parts)
