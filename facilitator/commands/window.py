"""``facilitator`` without a sub-command: the window, on the data dir the command line chose."""

from __future__ import annotations

import os
import sys

from facilitator.commands.context import CommandContext
from facilitator.core.errors import UserError
from facilitator.i18n import translate

# Where Qt finds a screen on Linux and the BSDs: X11, Wayland, or a platform chosen by hand (offscreen).
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def open_window(context: CommandContext) -> int:
    if sys.platform not in ("win32", "darwin") and not any(os.environ.get(name) for name in DISPLAY_VARIABLES):
        # Qt would abort with a page about platform plugins; the commands work without a screen.
        raise UserError(
            translate(
                "Cli",
                "The window needs a screen, and none was found (no DISPLAY); the commands work without one: "
                "facilitator --help",
            )
        )
    from facilitator.ui import collector

    collector.pause()  # before the window's modules load (facilitator.ui.collector says why)
    try:
        from facilitator.ui.app import run_window  # Qt loads only when the window is wanted

        return run_window(context.data_dir, lambda: context.db, context.lang_override, context.portable)
    finally:
        collector.resume()  # however the window ended, or never opened (open already, unlock cancelled)
