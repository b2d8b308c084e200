"""A meeting's agenda: items, their computed times, kinds, presenters and templates."""
