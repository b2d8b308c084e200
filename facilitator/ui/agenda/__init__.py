"""The Agenda section: the timed table, its editors and dialogs, the timeline and its colours."""
