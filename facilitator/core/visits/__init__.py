"""Site visits: what a delegation saw (checklists, photos) and heard (worker conversations), and the
findings that feed the roundtable."""
