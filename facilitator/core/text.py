"""Text hygiene: what enters the database, and what reaches a terminal.

Text enters through many forms, files and commands, but it reaches the database through one place:
:func:`install` cleans every string field of every object a session flushes.  NUL bytes are dropped
and lone surrogates (which SQLite cannot store as UTF-8) become U+FFFD, so no title or name can
make a write fail.

On the way out, :func:`for_terminal` removes control characters (escape sequences that could clear
a screen or fake a prompt, C1 controls, and the bidirectional overrides that make text read
differently from what it is, and a carriage return that would overwrite a line), keeping tabs and
line breaks.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = "\x00-\x08\x0b-\x0d\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TERMINAL_UNSAFE = re.compile(f"[{_UNSAFE}]")
_ESCAPED = re.compile(f"[{_UNSAFE}\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without NUL bytes, with every lone surrogate replaced by U+FFFD."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return _SURROGATE.sub(REPLACEMENT, text)


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
        for attribute in state.mapper.column_attrs:
            value = getattr(obj, attribute.key, None)
            cleaned = _cleaned(value)
            if cleaned != value:
                setattr(obj, attribute.key, cleaned)


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
