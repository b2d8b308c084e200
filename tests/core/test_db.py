"""The store: pragmas, migrations from empty to head, backups, refusing foreign files untouched."""

from __future__ import annotations

import gc
import sqlite3
import weakref
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, event, text

from facilitator import paths
from facilitator.core import meetings, migrations
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import SYNCED_MODELS, Base, Meeting
from facilitator.core.store import dialects


def test_pragmas_are_set_for_durable_live_capture(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_migrating_an_empty_database_reaches_head_and_matches_the_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    migrations.upgrade(engine)
    with engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_shipped_migrations_are_read_once_per_process(monkeypatch) -> None:
    head = migrations.head_revision()
    monkeypatch.setattr(Path, "read_text", lambda *_args, **_kwargs: pytest.fail("a version file was read again"))
    assert migrations.head_revision() == head and head in migrations.known_revisions()


def test_every_synced_table_carries_the_sync_columns() -> None:
    for model in SYNCED_MODELS:
        columns = set(model.__table__.columns.keys())
        assert {"id", "created_at", "updated_hlc", "origin", "deleted"} <= columns, model.__tablename__


def test_an_old_schema_is_backed_up_before_it_is_migrated(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    directory.mkdir()
    path = paths.database_path(directory)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE keepsake (note TEXT)")
        connection.execute("INSERT INTO keepsake VALUES ('from before the upgrade')")
    connection.close()
    Database.open(directory).close()
    backups = list(paths.backups_dir(directory).glob("pre-migration-none-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT note FROM keepsake").fetchone() == ("from before the upgrade",)
    copy.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    directory = tmp_path / "data"
    directory.mkdir()
    path = paths.database_path(directory)
    path.write_bytes(b"these are meeting notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(UserError, match="not a Facilitator database"):
        Database.open(directory)
    assert path.read_bytes() == before
    assert sorted(p.name for p in directory.iterdir()) == [path.name]


def test_an_unwritable_folder_gives_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file-in-the-way"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot be written"):
        Database.open(blocker / "data")


def test_a_closed_database_lets_go_of_its_engine(data_dir: Path) -> None:
    """A process that opens many databases (a merge, a test run) must not keep every engine alive."""
    database = Database.open(data_dir)
    database.close()
    database.close()  # closing twice is harmless
    gone = weakref.ref(database.engine)
    del database
    gc.collect()
    assert gone() is None


def test_a_second_database_finds_its_statements_compiled_by_the_first(new_database, tmp_path: Path) -> None:
    def first_edit(database: Database) -> str:
        """Stamped after reading the newest stamp of every synced table; read back."""
        made = meetings.create(database, "Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17)).id
        with database.session() as session:
            return session.get(Meeting, made).title

    first = new_database(tmp_path / "first")
    assert first_edit(first) == "Kota"
    second = new_database(tmp_path / "second")
    compiled: list[object] = []

    @event.listens_for(second.engine, "after_cursor_execute")
    def seen(_connection, _cursor, _statement, _parameters, context, _many) -> None:
        if context.compiled is not None:
            compiled.append(context.cache_hit)

    assert first_edit(second) == "Kota"
    assert len(compiled) >= 3  # the newest stamp, the new meeting, reading it back
    assert set(compiled) == {second.engine.dialect.CACHE_HIT}
    assert second.engine.dialect == first.engine.dialect and len(dialects.COMPILED) >= 3


def test_device_id_is_made_once_per_data_dir(data_dir: Path) -> None:
    first = Database.open(data_dir)
    second = Database.open(data_dir)
    assert first.device_id == second.device_id and len(first.device_id) == 36
    first.close()
    second.close()


def test_changes_are_stamped_with_origin_and_increasing_clock(db: Database) -> None:
    with db.session() as session:
        meeting = Meeting(
            title="A", starts_at=datetime(2024, 1, 1, tzinfo=UTC), ends_at=datetime(2024, 1, 2, tzinfo=UTC)
        )
        session.add(meeting)
    created = meeting.updated_hlc
    with db.session() as session:
        session.get(Meeting, meeting.id).title = "B"
    with db.session() as session:
        edited = session.get(Meeting, meeting.id)
        assert edited.origin == db.device_id
        assert edited.updated_hlc > created


def test_rolling_backups_keep_the_newest(db: Database) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    assert db.auto_backup(start) is not None
    assert db.auto_backup(start + timedelta(hours=1)) is None  # too soon for another
    for step in range(1, 15):
        db.auto_backup(start + timedelta(hours=7 * step))
    kept = sorted(paths.backups_dir(db.directory).glob("auto-*.sqlite3"))
    assert len(kept) == 10
    assert kept[-1].name.startswith("auto-20240105T")


def test_edits_after_the_clock_was_set_back_still_sort_after_earlier_ones(data_dir: Path) -> None:
    first = Database.open(data_dir)
    with first.session() as session:
        meeting = Meeting(
            title="A", starts_at=datetime(2024, 1, 1, tzinfo=UTC), ends_at=datetime(2024, 1, 2, tzinfo=UTC)
        )
        session.add(meeting)
    earlier = meeting.updated_hlc
    first.close()
    reopened = Database.open(data_dir)
    reopened.clock._wall_ms = lambda: 1_000  # the laptop now believes it is 1970
    with reopened.session() as session:
        session.get(Meeting, meeting.id).title = "B"
    with reopened.session() as session:
        assert session.get(Meeting, meeting.id).updated_hlc > earlier
    reopened.close()


def test_a_plain_data_dir_opens_checks_and_backs_up_without_loading_sqlcipher(data_dir: Path) -> None:
    """SQLCipher's driver and library load with the first encrypted file, not at every start."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; from facilitator.core.db import Database; "
        "db = Database.open(Path(sys.argv[1])); assert db.integrity_problems() == []; db.backup(); "
        "print('sqlcipher3' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_a_backup_is_dated_by_the_stamp_in_its_name_and_a_hand_renamed_one_by_none(db: Database) -> None:
    from facilitator.core.store import backups

    made = db.auto_backup(datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC))
    assert made is not None and made.name == "auto-20260304T050607890123Z.sqlite3"
    folder = made.parent
    for renamed in ("auto-2026.sqlite3", "auto-20260304T050607.890123Z.sqlite3", "auto-20260304T050607890123.sqlite3"):
        (folder / renamed).write_bytes(made.read_bytes())
    dated = {backup.name: backup.made_at for backup in backups.listed(db.directory)}
    assert dated.pop(made.name) == datetime(2026, 3, 4, 5, 6, 7, 890123, tzinfo=UTC)
    assert dated == dict.fromkeys(
        ("auto-2026.sqlite3", "auto-20260304T050607.890123Z.sqlite3", "auto-20260304T050607890123.sqlite3")
    )


def test_a_database_of_the_previous_schema_with_findings_of_checklist_answers_is_migrated(
    demo_db: Database, tmp_path: Path
) -> None:
    """Adding "note for the supplier" rebuilt the table of checklist answers, which a finding made from
    an answer refers to: every database with such a finding failed to open after the update."""
    directory = tmp_path / "previous"
    directory.mkdir()
    previous = create_engine(f"sqlite:///{paths.database_path(directory)}")
    migrations.upgrade(previous, "0008_seen_deletions")
    previous.dispose()
    demo_db.close()
    with sqlite3.connect(paths.database_path(directory)) as connection:  # the demo's rows, as 0008 held them
        connection.execute("ATTACH ? AS demo", (str(demo_db.path),))
        tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in (name for name in tables if name != "alembic_version"):
            columns = [row[1] for row in connection.execute(f"PRAGMA main.table_info({table})")]
            listed = ", ".join(columns)
            connection.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM demo.{table}")
        answered = connection.execute("SELECT count(*) FROM finding WHERE answer_id IS NOT NULL").fetchone()[0]
    connection.close()
    assert answered  # the case that failed
    database = Database.open(directory)
    with database.engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()
        kept = connection.execute(text("SELECT count(*), sum(note_for_supplier) FROM checklist_answer")).one()
        assert kept[0] > 0 and kept[1] == 0  # every note written before stays internal
        assert connection.execute(text("SELECT count(*) FROM finding WHERE answer_id IS NOT NULL")).scalar() == answered
    database.close()
