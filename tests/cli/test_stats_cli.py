"""``facilitator stats``: the demo's recorded morning as figures, anonymous people never named."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.commands.context import CommandContext
from facilitator.core.demo.roundtable import MEETING_ID
from tests.cli.invoke import assert_plain_error, run


def test_stats_json_on_the_demo(demo_dir: Path) -> None:
    result = run("stats", MEETING_ID[:8], "--json", data_dir=demo_dir)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert sum(g["share"] for g in figures["groups"]) == pytest.approx(1.0, abs=1e-3)
    assert 0 <= figures["balance_index"] <= 1
    buyers = next(g for g in figures["groups"] if g["group"] == "BIZ_BUYER")
    assert buyers["share"] > buyers["expected"]  # the buyers talked too much that morning
    assert figures["interpretation_seconds"] > 0
    assert [i["title"] for i in figures["items"]][:2] == ["Welcome and ground rules", "Introductions round"]
    assert figures["behind_minutes"] == pytest.approx(13.0)  # about a quarter of an hour behind, as the demo tells
    labels = {p["label"] for p in figures["people"]}
    assert "Kamla Devi" not in labels and "Anonymous participant" not in labels  # only named people, one by one
    assert all(g["headcount"] >= figures["min_group_size"] for g in figures["groups"])


def test_stats_text_and_plain_errors(demo_dir: Path) -> None:
    text = run("stats", MEETING_ID[:8], data_dir=demo_dir)
    assert text.returncode == 0 and "Balance index" in text.stdout and "Buyers" in text.stdout
    assert_plain_error(run("stats", "zzzz", data_dir=demo_dir), "zzzz")


def test_stats_does_not_write_even_with_a_stale_running_turn(demo_db) -> None:
    """A live screen would stop a turn left running for years; the figures command only reads."""
    from sqlalchemy import func, select

    from facilitator.commands import stats
    from facilitator.core.demo.roundtable import demo_id
    from facilitator.core.live import speaking
    from facilitator.core.models import SpeakingTurn

    speaking.record_switch(
        demo_db,
        MEETING_ID,
        datetime(2023, 10, 27, 6, 30, tzinfo=UTC),
        demo_id("participation/buyer2"),
        group="BIZ_BUYER",
    )
    with demo_db.session() as session:
        before = session.scalar(select(func.count()).select_from(SpeakingTurn))
    context = CommandContext(data_dir=demo_db.directory, lang="en")
    stats.collect(context, MEETING_ID)
    context.close()
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(SpeakingTurn)) == before


@pytest.mark.parametrize(
    ("behind", "said"),
    [(14.2, "The day runs 14 min behind plan."), (-218.0, "The day runs 218 min ahead of plan."),
     (0.3, "The day runs on time.")],
)  # fmt: skip
def test_the_day_is_said_to_run_behind_ahead_or_on_time(demo_dir: Path, monkeypatch, behind, said) -> None:
    from facilitator.commands import stats

    real = stats.collect
    monkeypatch.setattr(stats, "collect", lambda *args: {**real(*args), "behind_minutes": behind})
    printed = run("stats", MEETING_ID[:8], data_dir=demo_dir).stdout
    assert said in printed and "-218" not in printed
    assert "…" in printed  # a title too long for its column is shown cut, not cut off
