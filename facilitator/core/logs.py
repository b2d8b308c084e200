"""The log of unexpected problems: where in the program it broke, never what anyone typed.

A traceback's message can carry testimony: an SQL error used to hold the statement's parameters (the
note being saved), and a ``ValueError`` quotes the value it choked on.  So the log records, for each
exception in the chain, its type, a message only for the kinds whose messages hold no user text
(SQLite's own, an operating-system error's description, arithmetic, attributes and types), and the
frames as ``file:line in function``; no local values, no source arguments.  The file rotates at
half a megabyte, three old files kept.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from traceback import extract_tb

from facilitator.i18n import translate

LOG_NAME = "facilitator.log"
MAX_BYTES = 512 * 1024
KEPT = 3
# Exceptions whose messages are made by Python or SQLite from the program's own state, not from data.
MESSAGE_SAFE = (ArithmeticError, AttributeError, TypeError, NotImplementedError, RecursionError, MemoryError,
                sqlite3.Error, ImportError)  # fmt: skip
PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


def _logger(data_dir: Path) -> logging.Logger:
    from logging.handlers import RotatingFileHandler  # only once something has gone wrong

    path = log_path(data_dir)
    logger = logging.getLogger(f"facilitator.problems.{path}")
    if not logger.handlers:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8")
        handler.setFormatter(logging.Formatter("--- %(asctime)s\n%(message)s\n"))
        logger.addHandler(handler)
        logger.propagate = False
        logger.setLevel(logging.ERROR)
    return logger


def describe(error: BaseException) -> str:
    """One line naming the problem, safe to show and to log."""
    wrapped = getattr(error, "orig", None)  # SQLAlchemy's wrapper of a driver error: describe the driver's own
    if isinstance(wrapped, BaseException) and type(error).__module__.startswith("sqlalchemy"):
        return describe(wrapped)
    name = type(error).__name__
    if isinstance(error, OSError):
        return f"{name}: {error.strerror or ''} (errno {error.errno})".strip()
    if isinstance(error, MESSAGE_SAFE):
        return f"{name}: {error}" if str(error) else name
    return f"{name} " + translate("Logs", "(its message is not recorded: it may hold entered text)")


def _where(filename: str) -> str:
    path = Path(filename)
    try:
        return path.resolve().relative_to(PACKAGE_ROOT).as_posix()
    except (ValueError, OSError):
        return path.name


def report(error: BaseException) -> str:
    """Every exception of the chain, newest last: its description and its frames, no values."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.insert(0, current)
        current = current.__cause__ or current.__context__
    lines = []
    for exception in chain:
        lines.append("Traceback (frames only; no values):")
        lines += [f"  {_where(f.filename)}:{f.lineno} in {f.name}" for f in extract_tb(exception.__traceback__)]
        lines.append(describe(exception))
    return "\n".join(lines)


def record(data_dir: Path, error: BaseException) -> Path | None:
    """Append the report of ``error`` to the data dir's log; None when the log cannot be written."""
    try:
        _logger(data_dir).error(report(error))
    except OSError:
        return None
    return log_path(data_dir)
