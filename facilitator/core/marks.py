"""The marks a name may be typed with or without, for every comparison of names: a person's in typed
text (:mod:`facilitator.core.disclosure`), a language's or a country's as typed into a picker
(:mod:`facilitator.core.localised`).  It imports nothing heavy: the pickers are built before the data opens.
"""

from __future__ import annotations

import unicodedata

# "Gīta Kumārī" and "Gita Kumari", "Réunion" and "Reunion", "ग़ीता" and "गीता": the accents of the Latin,
# Greek and Cyrillic scripts and the nukta of the Indic ones.  A Devanagari vowel sign is not one of
# them: it makes another word ("राम", "रामा").
IGNORED_MARKS = frozenset(
    chr(code)
    for first, last in ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
    for code in range(first, last + 1)
) | frozenset("\u093c\u09bc\u0a3c\u0abc\u0b3c\u0c3c\u0cbc")


def without_marks(text: str) -> str:
    """``text`` with its compatibility forms made plain (fullwidth "Ｋａｍｌａ" reads "Kamla") and without
    the ignored marks, composed again."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFKC", "".join(c for c in decomposed if c not in IGNORED_MARKS))
