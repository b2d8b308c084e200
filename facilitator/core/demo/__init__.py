"""The demo roundtable: its people and agenda, its recorded morning, and how it is seeded."""
