"""The window's side of sync: the Sync dialog, and the conflict inbox."""
