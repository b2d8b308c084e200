"""Everything Qt.  Views reach data only through :mod:`facilitator.ui.ops`, which calls the core."""
