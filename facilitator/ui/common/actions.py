"""Making actions: one helper, so every key comes from its one declaration in :mod:`facilitator.ui.keys`,
is scoped to where it works, and is named in the action's tooltip."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitator.ui.keys import KEYS

KEY_PROPERTY = "facilitator_key"  # the declaration an action's keys come from


def assign(action: QAction, key_id: str, variant: str | None = None) -> QAction:
    """Give ``action`` the keys, scope and tooltip declared as ``key_id`` (for actions Qt makes, as undo)."""
    key = KEYS[key_id]
    action.setShortcuts(key.sequences(variant))
    action.setShortcutContext(key.context)
    action.setProperty(KEY_PROPERTY, key_id)
    names = ", ".join(
        seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in key.sequences(variant, every_binding=False)
    )
    action.setToolTip(f"{action.text().replace('&', '')} ({names})")
    return action


def make_action(
    owner: QWidget, key_id: str, slot: Callable[[], object], *, variant: str | None = None, text: str = ""
) -> QAction:
    """An action of ``owner`` with the keys declared as ``key_id`` (one ``variant`` of a family: the 3 of
    Alt+3).  Section keys work while the focus is anywhere in the section, so they do not clash with
    another section's; the tooltip names the keys, so a toolbar that overflows still tells them."""
    action = QAction(text or KEYS[key_id].label(variant), owner)
    assign(action, key_id, variant)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def plain_action(owner: QWidget, text: str, slot: Callable[[], object]) -> QAction:
    """An action without a key (a menu entry such as About)."""
    action = QAction(text, owner)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action
