"""The Inclusion section: every check, why it matters, and where it is fixed."""
