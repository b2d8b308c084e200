"""Dates and times typed on the command line, read as ISO 8601, or refused in the words of the app."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from facilitator.i18n import translate

Value = TypeVar("Value")


def day(text: str) -> date:
    return _read(date.fromisoformat, text, translate("Cli", "{0} is not a date such as 2024-02-01."))


def moment(text: str) -> datetime:
    return _read(datetime.fromisoformat, text, translate("Cli", "{0} is not a date and time such as 2024-02-01T09:30."))


def _read(parse: Callable[[str], Value], text: str, refusal: str) -> Value:
    """argparse says the refusal as it says its own ("argument --on: 1-2-2026 is not a date …")."""
    try:
        return parse(text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(refusal.format(text)) from exc
