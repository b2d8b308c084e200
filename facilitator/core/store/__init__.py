"""How the one SQLite file of a data dir is reached, checked, copied and put back.

- :mod:`.connect`: engines built from paths (never from text URLs), and SQLite errors in plain words;
- :mod:`.integrity`: the checks that find damage before anything is written;
- :mod:`.backups`: verified copies written under a temporary name, listed and pruned safely;
- :mod:`.restore`: a backup put back in place, the current file and its WAL moved aside first;
- :mod:`.instance`: the lock that keeps one window per data dir.
"""
