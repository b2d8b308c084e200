"""The app's window as a user opens it, for the fixtures that need one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from facilitator.core.db import Database
from facilitator.ui.app import Application, make_application
from facilitator.ui.settings import Settings


@contextmanager
def shown_window(db: Database, settings: Settings) -> Iterator[Application]:
    """The app's window on ``db``, shown, and closed afterwards."""
    make_application()
    application = Application(db, settings)
    application.window.show()
    yield application
    from facilitator.ui.live import closing

    # A session a test left running is kept running, as a facilitator who closes the laptop between items may.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(closing, "ask_when_closed", lambda parent, title: closing.WhenClosed.KEEP_RUNNING)
        application.window.close()
