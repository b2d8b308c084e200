"""Fonts for PDF exports that show every script a meeting uses: Latin, Devanagari, Chinese and more.

reportlab has no font fallback, so text is split into runs by script and each run is wrapped in the
font that has its glyphs (:func:`markup`); reportlab shapes a word in the font of its first character, so
the quotes and punctuation of a word go with its letters (:func:`runs`).  Devanagari and the other Indic
scripts need shaping (conjuncts, vowel signs), which reportlab does with HarfBuzz when a paragraph style
sets ``shaping=1``.
Fonts come from the package's resources/fonts (every install and the frozen build carry them) and
otherwise from the system.

Shaping turns some clusters (the conjunct "दू", a half form) into glyphs that have no character of their
own; reportlab gives each such glyph a private-use code, so a copy or a search of the PDF would read
"मज़\ue000री" for "मज़दूरी".  :func:`_keep_ligatures_readable` records which text each of those glyphs
stands for while shaping and writes it into the font's ToUnicode map, so the PDF's text reads as typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from xml.sax.saxutils import escape

from msgspec import Struct
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

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


class Script(Struct, frozen=True):
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

# reportlab shapes a word (text between spaces) in the font of its first character, so a word is given one
# font; a word that needs two (an English word with a danda, "Wages/मज़दूरी") is cut by a narrow no-break
# space into words of their own.
_WORD_OR_SPACE = re.compile(r"\s+|\S+")
_CUT = "\u202f"


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


@cache
def script_of(char: str) -> Script | None:
    code = ord(char)
    if code < 0x0600:  # Latin, Greek, Cyrillic: the base font has them
        return None
    for script in SCRIPTS:
        if any(low <= code <= high for low, high in script.ranges):
            return script
    return None


@cache
def _claim(char: str, bold: bool) -> str | None:
    """The face a letter or mark must be drawn in; None for a character any font may have (punctuation,
    digits, spaces, symbols), which goes with the word around it."""
    script = script_of(char)
    if script is not None:
        return _register(script, bold) or base_font(bold)
    return base_font(bold) if unicodedata.category(char).startswith("L") else None


def _has(face: str, text: str) -> bool:
    """Whether ``face`` has a glyph for every character of ``text`` (a line break is never drawn)."""
    glyphs = pdfmetrics.getFont(face).face.charToGlyph
    return all(ord(char) in glyphs or unicodedata.category(char) == "Cc" for char in text)


def _keep(face: str, text: str, base: str) -> str:
    """``face`` for punctuation near its letters, unless ``face`` lacks a character the base font has."""
    return face if _has(face, text) or not _has(base, text) else base


def _word_faces(word: str, around: str, base: str, bold: bool) -> list[str]:
    """The face of each character of ``word``; punctuation takes its letters' face (“हमें is all Devanagari),
    a combining mark the face of the character it sits on, and a word of punctuation or digits alone the face
    ``around`` it."""
    claimed = [_claim(char, bold) for char in word]
    last = next((face for face in claimed if face is not None), None)
    if last is None:
        return [_keep(around, word, base)] * len(word)
    faces: list[str] = []
    for char, face in zip(word, claimed, strict=True):
        last = face or last
        if face is None:
            face = faces[-1] if faces and unicodedata.category(char).startswith("M") else _keep(last, char, base)
        faces.append(face)
    return faces


def _joined(pieces: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(face, "".join(chunk for _, chunk in group)) for face, group in groupby(pieces, itemgetter(0))]


def _around(before: str, text: str, end: int, bold: bool) -> str:
    """The face of a word of punctuation or digits ending at ``end``: that of the words on both sides when
    they share one, so that a Hindi phrase stays one run, else the base font's."""
    following = (_claim(text[index], bold) for index in range(end, len(text)))
    after = next((face for face in following if face is not None), before)
    return before if after == before else base_font(bold)


def _word_runs(word: str, around: str, base: str, bold: bool) -> list[tuple[str, str]]:
    """``word`` in one face, or cut into words of one face each where its letters need two."""
    pieces = _joined(zip(_word_faces(word, around, base, bold), word, strict=True))
    apart = []
    for face, chunk in pieces[:-1]:
        apart += [(face, chunk + _CUT)] if _has(face, _CUT) else [(face, chunk), (base, _CUT)]
    return [*apart, pieces[-1]]


def runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into runs of one face each, every word in a face that has its letters (the base font
    for Latin and for a script no font on this machine covers)."""
    base = base_font(bold)
    if not text or max(text) < "\u0600":  # Latin, Greek, Cyrillic only: one run (most text, at once)
        return [(base, text)]
    if all(script_of(char) is None for char in set(text) if char >= "\u0600"):  # “quotes”, dashes: one run too
        return [(base, text)]
    pieces: list[tuple[str, str]] = []
    for token in _WORD_OR_SPACE.finditer(text):
        chunk, before = token.group(), pieces[-1][0] if pieces else base
        if chunk.isspace():  # with the word before it, if its face has it
            pieces.append((_keep(before, chunk, base), chunk))
        else:
            letters = any(_claim(char, bold) for char in chunk)
            around = before if letters else _around(before, text, token.end(), bold)
            pieces += _word_runs(chunk, around, base, bold)
    return _joined(pieces)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup of ``text`` with every non-Latin run in a font that has its glyphs."""
    base = base_font(bold)
    parts = []
    for face, chunk in runs(text, bold):
        escaped = escape(chunk).replace("\n", "<br/>")
        parts.append(escaped if face == base else f'<font face="{face}">{escaped}</font>')
    return "".join(parts)


# -- shaped text that reads back as typed ---------------------------------------------------------------

PRIVATE_USE = range(0xE000, 0xF900)
# Per font file face (as the PDF names it after the subset prefix): private-use code -> the text it shows.
_LIGATURE_TEXT: dict[str, dict[int, str]] = {}


def _face_key(font_name: str) -> str:
    face = pdfmetrics.getFont(font_name).face
    return (face.name + getattr(face, "subfontNameX", b"")).decode("pdfdoc")


def _record(word: list, shaped: list) -> None:
    """Note the source text of every private-use glyph in a shaped word (see the module docstring)."""
    text = "".join(chunk for frag, chunk in word[1:] if not hasattr(frag, "cbDefn"))
    glyphs = []
    for piece in shaped[1:]:
        frag, chunk = piece[0], piece[1]
        data = getattr(chunk, "__shapeData__", None)
        if data is None or hasattr(frag, "cbDefn"):
            continue
        glyphs += [(sd.cluster, ord(char), frag.fontName) for char, sd in zip(chunk, data, strict=False)]
    starts = sorted({cluster for cluster, _, _ in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    for cluster, code, font_name in glyphs:
        if code not in PRIVATE_USE:
            continue
        table = _LIGATURE_TEXT.setdefault(_face_key(font_name), {})
        if code in table:
            continue
        source = list(text[cluster : ends[cluster]])
        for other_cluster, other, _ in glyphs:  # characters drawn by glyphs of their own stay theirs
            if other_cluster == cluster and other not in PRIVATE_USE and chr(other) in source:
                source.remove(chr(other))
        table[code] = "".join(source) or "\u200c"


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _keep_ligatures_readable() -> None:
    """Wrap reportlab's shaping and ToUnicode map (both looked up by name where they are used)."""
    original_shape, original_cmap = ttfonts.shapeFragWord, ttfonts.makeToUnicodeCMap
    if getattr(original_shape, "keeps_ligatures", False):
        return

    def shape_and_record(word, *args, **kwargs):  # type: ignore[no-untyped-def]
        shaped = original_shape(word, *args, **kwargs)
        if shaped is not word:
            _record(word, shaped)
        return shaped

    def readable_cmap(font_name: str, subset: list[int]) -> str:
        table = _LIGATURE_TEXT.get(font_name.split("+", 1)[-1])
        made = original_cmap(font_name, subset)
        if not table:
            return made
        for index, code in enumerate(subset):
            if code in table:
                made = made.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16(table[code])}>", 1)
        return made

    shape_and_record.keeps_ligatures = True  # type: ignore[attr-defined]
    ttfonts.shapeFragWord = shape_and_record
    paragraph.shapeFragWord = shape_and_record
    ttfonts.makeToUnicodeCMap = readable_cmap


_keep_ligatures_readable()
