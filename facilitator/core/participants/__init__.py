"""People: the register shared across meetings, each person's place in one meeting, and list imports."""
