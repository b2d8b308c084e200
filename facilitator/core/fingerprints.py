"""One byte form of a document's content, and its SHA-256: two prints with the same fingerprint say the
same, whatever order their fields were gathered in."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical(content: Any) -> bytes:
    """Keys sorted, no spaces, text as it is (not escaped); dates and other values as their text."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str).encode("utf-8")


def fingerprint(content: Any) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()
