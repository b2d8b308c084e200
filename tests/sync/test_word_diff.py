"""Two versions compared word by word, as the command line shows a conflict."""

from __future__ import annotations

from facilitator.sync.word_diff import bracketed, word_changes


def test_a_word_added_in_a_long_note_is_bracketed_alone() -> None:
    shown = "Drilling without water suppression; the driller has no ear or eye protection."
    other = "Drilling without water suppression; the driller has no ear, eye or dust protection."
    assert bracketed(shown, other) == (
        "Drilling without water suppression; the driller has no ear{+, eye+} or [-eye-]{+dust+} protection."
    )


def test_the_pieces_put_back_together_are_both_versions() -> None:
    shown, other = "कमला ने कहा: पानी नहीं", "कमला ने कहा: पानी और छाया नहीं"
    pieces = word_changes(shown, other)
    assert "".join(mine for _, mine, _ in pieces) == shown and "".join(theirs for *_, theirs in pieces) == other
    assert bracketed(shown, shown) == shown
