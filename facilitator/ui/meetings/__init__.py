"""Meetings: the list, the new-meeting and welcome dialogs, and the Overview section."""
