"""Shared fixtures.  Qt runs offscreen, every test gets a fresh data dir and database.

Migrating a new database with Alembic, and seeding the demo, take longer than most tests that use
them, so both are done once per test run into template files, and each test's database starts as a
copy.  Opening the copy is the real ``Database.open`` (the revision check, the pragmas); an empty copy
makes a device id of its own, the demo keeps the one it was seeded with, so its records' origin is
this laptop as after ``seed_demo``.  Tests of migrating itself open an empty data dir instead.

The hooks below make the run itself cheaper: the app and the test modules are compiled once before the
xdist workers start, and what collecting imported is frozen for the cycle collector.
"""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Offscreen, on a screen the size of a common laptop's (the plugin's default is 800×600).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen.json')}"
os.environ.setdefault("FACILITATOR_LANG", "en")

# Every commit is synced to disk (synchronous=FULL), which on a busy disk costs more than the test's own
# work.  Where Linux has a RAM disk, the tests' folders go there (pytest's own root for them, unless the
# caller chose one); what they check is the same, and nothing in them needs to survive a power cut.
if "PYTEST_DEBUG_TEMPROOT" not in os.environ and os.access("/dev/shm", os.W_OK):
    os.environ["PYTEST_DEBUG_TEMPROOT"] = "/dev/shm"
# So do the folders tests and the commands they start make with ``tempfile`` (the disclosure properties'
# examples, the sync templates, the self-test's data): on a disk another process keeps busy, their synced
# commits waited on it (up to seconds per test).  Set before any such folder is made; ``tempfile`` keeps
# the place it found first, so it is told too.
if "PYTEST_DEBUG_TEMPROOT" in os.environ and "TMPDIR" not in os.environ:
    os.environ["TMPDIR"] = tempfile.tempdir = os.environ["PYTEST_DEBUG_TEMPROOT"]

# No test may reach the user's real keyring, in this process or in a command it starts: keyring reads
# this when it is first asked, and then fails as on a machine without one.  Tests that need a keyring
# set one of their own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

# No test may read or change the user's own settings (the window's remembered choices, Qt's file dialogs):
# one that gives no settings file of its own writes to a folder of this process, and so does any command
# it starts.  Qt reads this when settings are first made.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="settings-", dir=os.environ.get("PYTEST_DEBUG_TEMPROOT"))

from facilitator import paths
from facilitator.core.db import Database
from facilitator.core.store.backups import copy_verified

atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)

NewDatabase = Callable[[Path], Database]


def pytest_configure(config: pytest.Config) -> None:
    """Compile the app, the tests' helpers and the test modules once, before the workers start.

    Where no bytecode is written (``PYTHONDONTWRITEBYTECODE``, a fresh clone) every xdist worker and every
    ``python -m facilitator`` or child script a test starts would compile them from source again; reading
    what is compiled here is the same code (Python checks each file's timestamp), only sooner.  Test
    modules and conftests get pytest's own form, their asserts rewritten, which pytest then reads from
    its cache (checking each file's timestamp and size) instead of rewriting them in every worker.
    """
    if hasattr(config, "workerinput"):  # an xdist worker: the controller did it
        return
    import compileall
    import re

    import facilitator
    import tests

    rewritten = re.compile(r"[/\\](test_[^/\\]*|conftest)\.py$")
    for package in (facilitator, tests):
        compileall.compile_dir(Path(package.__file__).parent, rx=rewritten, quiet=2)
    _rewrite_test_modules(config, [p for p in Path(tests.__file__).parent.rglob("*.py") if rewritten.search(str(p))])


def _rewrite_test_modules(config: pytest.Config, modules: list[Path]) -> None:
    """What pytest's import hook does to a test module that has no cached form, done where bytecode may
    not be written (pytest then only reads its cache).  These are pytest's internals, stable since pytest 6;
    a pytest without them runs as before, each worker rewriting the modules itself."""
    try:
        from _pytest.assertion import rewrite

        state = config.stash.get(rewrite.assertstate_key, None)
        read, rewrite_test, write = rewrite._read_pyc, rewrite._rewrite_test, rewrite._write_pyc
        cache_dir, tail, make_dirs = rewrite.get_cache_dir, rewrite.PYC_TAIL, rewrite.try_makedirs
    except (ImportError, AttributeError):
        return
    if state is None or state.mode != "rewrite":  # --assert=plain: nothing is rewritten
        return
    for module in modules:
        cached = cache_dir(module) / f"{module.stem}{tail}"
        if read(module, cached) is None and make_dirs(cached.parent):
            source_stat, code = rewrite_test(module, config)
            write(state, code, source_stat, cached)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Freeze what collecting imported (the app, Qt, SQLAlchemy, Hypothesis): the cycle collector then
    leaves those objects alone in each test, as the window does after its start (facilitator.ui.collector).

    The youngest generation is collected after 10,000 new objects instead of 700: a test makes and drops
    objects by the hundred thousand (ORM rows, Qt wrappers), and the collector's runs over them, and the
    full runs they lead to, took 2-5 s of each run.  Cycles are still collected, only in fewer, larger runs;
    the tests of the collector itself, and of what is freed, collect explicitly."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


@pytest.fixture(autouse=True)
def no_key_unlocked_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no data key unlocked, as a new process does: a key another test unlocked (a
    window's encryption left on) would otherwise be tried on every file whose header is not SQLite's."""
    from facilitator.core.store import keys

    monkeypatch.setattr(keys, "_UNLOCKED", {})


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file at the head revision, with no device id yet (each copy makes its own)."""
    folder = tmp_path_factory.mktemp("template")
    database = Database.open(folder / "migrated")
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM local_state WHERE key = 'device_id'")
    template = copy_verified(database.path, folder / paths.DATABASE_NAME)  # one file, no WAL beside it
    database.close()
    return template


@pytest.fixture(scope="session")
def demo_template(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo roundtable, seeded once into a copy of the migrated template."""
    from facilitator.core.demo.seed import seed_demo

    database = _open_copy(migrated_template, tmp_path_factory.mktemp("demo-template") / "seeded")
    seed_demo(database)
    template = copy_verified(database.path, database.directory.parent / paths.DATABASE_NAME)
    database.close()
    return template


def _open_copy(template: Path, directory: Path) -> Database:
    directory.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, paths.database_path(directory))
    return Database.open(directory)


@pytest.fixture
def new_database(migrated_template: Path) -> Iterator[NewDatabase]:
    """Opens a new, migrated database in a folder of the test's choosing; closed after the test (an open
    database keeps its engine and listeners alive for the rest of the run)."""
    opened: list[Database] = []

    def open_new(directory: Path) -> Database:
        opened.append(_open_copy(migrated_template, directory))
        return opened[-1]

    yield open_new
    for database in opened:
        database.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(request: pytest.FixtureRequest, data_dir: Path, migrated_template: Path) -> Iterator[Database]:
    """An empty database; for a test that asks for ``demo_db`` it holds the demo from the start."""
    wants_demo = "demo_db" in request.fixturenames
    template = request.getfixturevalue("demo_template") if wants_demo else migrated_template
    database = _open_copy(template, data_dir)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """The database with the demo roundtable, as ``seed_demo`` leaves it."""
    return db


@pytest.fixture
def demo_dir(data_dir: Path, demo_template: Path) -> Path:
    """A data dir holding the demo roundtable (``MEETING_ID``) as ``facilitator demo`` leaves it, closed, for
    the commands and windows a test starts on it; the demo command itself is tested on empty folders."""
    data_dir.mkdir(parents=True)
    shutil.copyfile(demo_template, paths.database_path(data_dir))
    return data_dir


@pytest.fixture
def light_encryption(monkeypatch: pytest.MonkeyPatch) -> None:
    """Encryption at rest whose data key is sealed with a light scrypt work factor (milliseconds, against
    about 0.1 s for each passphrase or recovery key typed).  The factor is stored beside each sealed key and
    read from there, so the data opens, and a wrong passphrase is refused, as with any key file; only the
    cost of guessing differs, which tests/core/visits/test_encryption_at_rest.py checks with the real one."""
    from facilitator.core.store import cipher
    from tests.sync.sticks import LIGHT_SCRYPT_N

    monkeypatch.setattr(cipher, "SCRYPT", {**cipher.SCRYPT, "n": LIGHT_SCRYPT_N})


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A sync folder (a USB stick) for the team passphrase ``tests.sync.sticks.PASSPHRASE``, with a team
    file whose key is quick to derive."""
    from tests.sync.sticks import light_team_folder

    return light_team_folder(tmp_path / "usb")
