"""The Actions section: following up what a meeting agreed."""
