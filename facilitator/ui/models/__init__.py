"""Qt models of the Facilitator window."""
