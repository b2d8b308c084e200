"""Every table that holds a user's data takes part in sync, including tables added later: a table in the
metadata (or in a migrated database) is either synced or named as local-only, and is carried whole."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from facilitator.core.change_log import synced_tables
from facilitator.core.db import Database
from facilitator.core.demo.seed import seed_demo
from facilitator.core.models import LOCAL_ONLY_TABLES, SYNCED_MODELS, Base, Synced
from facilitator.sync.digest import content_digest
from facilitator.sync.merge import merge
from tests.sync.replicas import log_of, replica


def _uncovered(tables: set[str]) -> set[str]:
    return tables - set(synced_tables()) - LOCAL_ONLY_TABLES


def test_every_table_in_the_metadata_syncs_or_is_named_local_only() -> None:
    assert _uncovered(set(Base.metadata.tables)) == set()


def test_the_check_would_catch_a_new_table() -> None:
    assert _uncovered(set(Base.metadata.tables) | {"site_visit"}) == {"site_visit"}


def test_every_table_a_migrated_database_holds_is_covered(db: Database) -> None:
    assert _uncovered(set(inspect(db.engine).get_table_names())) == set()


def test_every_model_with_the_sync_columns_is_listed_as_synced() -> None:
    mapped = {mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, Synced)}
    assert mapped == set(SYNCED_MODELS)


def test_a_merge_carries_every_synced_table_whole(tmp_path: Path) -> None:
    source = replica(tmp_path / "a")
    seed_demo(source)
    target = replica(tmp_path / "b")
    filled = {name for name in synced_tables() if content_digest(source, [name]) != content_digest(target, [name])}
    assert len(filled) >= 10  # the demo fills most tables, so the comparison below is not vacuous
    merge(target, log_of(source))
    for name in synced_tables():
        assert content_digest(target, [name]) == content_digest(source, [name]), name
