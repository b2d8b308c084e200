"""Files a facilitator hands out or archives: PDFs, calendars and data exports (no Qt here)."""
