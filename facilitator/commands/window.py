"""``facilitator`` without a sub-command: the window, on the data dir the command line chose."""

from __future__ import annotations

from facilitator.commands.context import CommandContext


def open_window(context: CommandContext) -> int:
    from facilitator.ui import collector

    collector.pause()  # before the window's modules load (facilitator.ui.collector says why)
    try:
        from facilitator.ui.app import run_window  # Qt loads only when the window is wanted

        return run_window(context.data_dir, lambda: context.db, context.lang_override, context.portable)
    finally:
        collector.resume()  # however the window ended, or never opened (open already, unlock cancelled)
