"""Two versions of a text compared word by word: what the window marks in colour and the command line
in brackets, so that a one-word change in a long note is seen, not a whole paragraph as changed."""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")  # spaces, words, and each punctuation mark on its own


def word_changes(shown: str, other: str) -> list[tuple[bool, str, str]]:
    """The two texts in pieces: (same, the shown text's piece, the other's), in order."""
    left, right = _TOKEN.findall(shown), _TOKEN.findall(other)
    return [
        (tag == "equal", "".join(left[i1:i2]), "".join(right[j1:j2]))
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, left, right, autojunk=False).get_opcodes()
    ]


def bracketed(shown: str, other: str) -> str:
    """One text: what only the shown version has as [-…-], what only the other has as {+…+}."""
    pieces = []
    for same, mine, theirs in word_changes(shown, other):
        if same:
            pieces.append(mine)
            continue
        pieces += [f"[-{mine}-]" if mine.strip() else mine, f"{{+{theirs}+}}" if theirs.strip() else ""]
    return "".join(pieces)
