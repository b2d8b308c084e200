"""Qt widgets of the Facilitator window."""
