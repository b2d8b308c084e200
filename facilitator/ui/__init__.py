"""Everything Qt.  Views reach data only through :mod:`facilitator.ui.ops`, which calls the core.

PySide is imported here, first, and its question about every later import is answered cheaply from
here on (:mod:`facilitator.ui.pyside_imports`): the modules the window imports before its application
exists (the lock, the settings, the meetings list) are asked too.
"""

import PySide6  # noqa: F401  (loading it sets up the watch on imports)

from facilitator.ui.pyside_imports import answer_cheaply

answer_cheaply()
