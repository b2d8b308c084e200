"""Hypothesis strategies the tests share."""

from __future__ import annotations

from hypothesis import strategies as st

# The characters ``st.text()`` draws by default: every code point UTF-8 encodes, which is every one but
# the surrogates (the same two ranges, 0-0xD7FF and 0xE000-0x10FFFF).  Named by their Unicode category,
# Hypothesis reads them from the table it ships; its default (``codec="utf-8"``) instead tries to encode
# each of the 1,114,112 code points, once in every process that has no .hypothesis/ folder yet (a fresh
# checkout, each xdist worker of a first run): about a second each time.
UNICODE = st.characters(exclude_categories=("Cs",))
