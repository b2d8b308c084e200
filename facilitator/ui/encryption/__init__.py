"""Encryption at rest of the open data dir, from the File menu."""
