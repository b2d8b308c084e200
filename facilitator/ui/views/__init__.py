"""Qt views of the Facilitator window."""
