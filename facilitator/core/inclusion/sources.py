"""The sources behind each inclusion rule, in words a facilitator can look up.

Rules name their sources by code ("S20, S22", from the domain brief); a user sees the publications.
A rule that rests on no publication (its code is a rule of the brief, as "I10") is said to be derived
from practice.
"""

from __future__ import annotations

import re
from functools import cache

from facilitator.core import taxonomy
from facilitator.i18n import translate

SOURCE_CODE = re.compile(r"S\d+")


@cache
def _citations() -> dict[str, str]:
    return {s["id"]: s["citation"] for s in taxonomy.load("sources")["sources"]}


def citations(codes: str) -> list[str]:
    """The publications a rule's source field names, in its order; known codes only."""
    named = list(dict.fromkeys(SOURCE_CODE.findall(codes)))
    if not named:
        return [translate("Inclusion", "derived from facilitation practice; no published source")]
    known = _citations()
    return [known[code] for code in named if code in known]


def in_words(codes: str) -> str:
    """The sources as one line: "OECD Due Diligence Guidance …, 2017; UN Guiding Principles …"."""
    return "; ".join(citations(codes))
