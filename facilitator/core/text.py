"""Text hygiene: what enters the database, and what reaches a terminal.

Text enters through many forms, files and commands, but it reaches the database through one place:
:func:`install` cleans every string field of every object a session flushes.  Control characters
are dropped (C0 but tab and line break, DEL, C1: an escape sequence typed or pasted into a note would
otherwise reach a PDF or another laptop), and so are the bidirectional embeddings, overrides and
isolates that make a name read as something else; a carriage return becomes a line break.  Lone
surrogates (which SQLite cannot store as UTF-8) become U+FFFD, so no title or name can make a write
fail.  Code that checks typed text before storing it (an imported name) cleans it first.

On the way out, :func:`for_terminal` removes control characters (escape sequences that could clear
a screen or fake a prompt, C1 controls, and the bidirectional overrides that make text read
differently from what it is, and a carriage return that would overwrite a line), keeping tabs and
line breaks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Mapper, Session, sessionmaker

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_STORED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CARRIAGE_RETURN = re.compile("\r\n?")
# A terminal escape sequence goes whole, so "\x1b[31m" leaves no "[31m": CSI (colours, cursor) and
# OSC (window titles) as ECMA-48 defines them.
_ESCAPE_SEQUENCE = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: parameters, intermediates, one final byte
    "|(?:\x1b\\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)"  # OSC: up to its terminator
)
_UNSAFE = "\x00-\x08\x0b-\x0d\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TERMINAL_UNSAFE = re.compile(f"[{_UNSAFE}]")
_ESCAPED = re.compile(f"[{_UNSAFE}\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` as it is stored: line breaks as "\\n", without control characters or direction
    overrides, every lone surrogate replaced by U+FFFD."""
    if text.isascii() and text.isprintable():  # most text: nothing to take out, at C speed
        return text
    if "\r" in text:
        text = _CARRIAGE_RETURN.sub("\n", text)
    if "\x1b" in text or "\x9b" in text or "\x9d" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    return _SURROGATE.sub(REPLACEMENT, _NOT_STORED.sub("", text))


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    return value


def _clean_flushed(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        columns = _column_keys(state.mapper)
        for key, value in list(state.dict.items()):  # what is loaded or set: all that a flush can write
            if key in columns and (cleaned := _cleaned(value)) != value:
                setattr(obj, key, cleaned)


@cache
def _column_keys(mapper: Mapper[Any]) -> frozenset[str]:
    return frozenset(attribute.key for attribute in mapper.column_attrs)


def install(sessions: sessionmaker[Session]) -> None:
    """Clean the text of everything the sessions of ``sessions`` write."""
    event.listen(sessions, "before_flush", _clean_flushed)


def json_safe(dumped: str) -> str:
    """JSON text whose control characters, direction overrides and lone surrogates are written as
    ``\\uXXXX`` escapes: the same data for a program, nothing a terminal acts on."""
    return _ESCAPED.sub(lambda found: f"\\u{ord(found.group()):04x}", dumped)


def for_terminal(text: str) -> str:
    """``text`` safe to print: control characters and direction overrides removed, tabs and newlines kept."""
    return _TERMINAL_UNSAFE.sub("", clean(text))


def spellings_in(text: str) -> list[str]:
    """The spellings of a name kept in one field: "कमला देवी; Kamala" (a semicolon or a new line between
    them; a comma may be part of a name)."""
    return [part.strip() for part in re.split(r"[;\n]+", text or "") if part.strip()]
