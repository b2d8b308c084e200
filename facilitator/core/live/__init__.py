"""A running meeting: the agenda timer, who has the floor, speaking balance and notes."""
