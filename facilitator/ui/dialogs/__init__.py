"""Qt dialogs of the Facilitator window."""
