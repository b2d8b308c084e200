"""``facilitator export`` and ``facilitator minutes`` as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from tests.cli.invoke import assert_plain_error, run

MEETING = MEETING_ID[:8]


@pytest.fixture
def data(demo_db: Database) -> Path:
    folder = demo_db.directory
    demo_db.close()
    return folder


def test_export_writes_each_format(data: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "public.pdf"
    result = run("export", MEETING, "--out", str(pdf), "--audience", "public", data_dir=data)
    assert result.returncode == 0 and str(pdf) in result.stdout
    assert "PUBLIC" in pypdf.PdfReader(pdf).pages[0].extract_text()
    out = tmp_path / "m.json"
    assert run("export", MEETING, "--out", str(out), "--format", "json", data_dir=data).returncode == 0
    assert json.loads(out.read_text())["content"]["audience"] == "internal"
    csv = tmp_path / "actions.csv"
    assert run("export", MEETING, "--out", str(csv), "--format", "csv", data_dir=data).returncode == 0
    assert csv.read_text().startswith("kind,number,text")


def test_the_format_follows_the_files_name_and_a_name_that_says_another_is_refused(data: Path, tmp_path: Path) -> None:
    """``--out minutes.json`` wrote a PDF under that name, without a word."""
    named = tmp_path / "minutes.json"
    assert run("export", MEETING, "--out", str(named), data_dir=data).returncode == 0
    assert json.loads(named.read_text())["content"]["audience"] == "internal"
    other = tmp_path / "other.json"
    assert_plain_error(run("export", MEETING, "--out", str(other), "--format", "pdf", data_dir=data), "--format json")
    assert not other.exists()
    unnamed = tmp_path / "minutes.out"
    assert run("export", MEETING, "--out", str(unnamed), data_dir=data).returncode == 0
    assert unnamed.read_bytes().startswith(b"%PDF")


def test_a_follow_up_sheet_defaults_to_the_groups_language(data: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "women.pdf"
    assert run("export", MEETING, "--out", str(sheet), "--follow-up", "RH_WOMEN_WORKER", data_dir=data).returncode == 0
    reader = pypdf.PdfReader(sheet)
    assert reader.trailer["/Root"]["/Lang"] == "hi"


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        (["--lang", "xx"], "no labels in the language xx"),
        (["--audience", "press"], "Use internal or public"),
        (["--format", "docx"], "Use pdf, json or csv"),
        (["--follow-up", "NOBODY"], "No stakeholder group NOBODY"),
        (["--version", "7"], "no version 7"),
    ],
)
def test_bad_options_give_one_plain_line(data: Path, tmp_path: Path, options: list[str], fragment: str) -> None:
    assert_plain_error(run("export", MEETING, "--out", str(tmp_path / "m.pdf"), *options, data_dir=data), fragment)
    assert not (tmp_path / "m.pdf").exists()


def test_unknown_meeting_and_unwritable_path_are_refused_plainly(data: Path, tmp_path: Path) -> None:
    assert_plain_error(run("export", "zzzz", "--out", str(tmp_path / "m.pdf"), data_dir=data), "zzzz")
    assert_plain_error(run("export", MEETING, "--out", str(tmp_path / "no" / "m.pdf"), data_dir=data), "does not exist")
    assert_plain_error(run("export", MEETING, "--out", str(tmp_path), data_dir=data), "is a folder")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("export", MEETING, "--out", str(locked / "m.pdf"), data_dir=data)
        if result.returncode == 0:  # running as root: permissions do not hold
            pytest.skip("permissions are not enforced for this user")
        assert_plain_error(result, "cannot be written")
    finally:
        locked.chmod(0o700)


def test_issue_approve_amend_and_list(data: Path, tmp_path: Path) -> None:
    issued = run("minutes", "issue", MEETING, data_dir=data)
    assert issued.returncode == 0 and "version 1" in issued.stdout
    assert "Warning: The meeting is still marked Live" in issued.stdout  # issued all the same, as asked
    fingerprint = issued.stdout.split()[-1]
    assert_plain_error(run("minutes", "issue", MEETING, data_dir=data), "Nothing has changed")
    assert (
        run(
            "minutes", "approve", MEETING, "--by", "Trade union", "--fingerprint", fingerprint[:8], data_dir=data
        ).returncode
        == 0
    )
    returned = tmp_path / "back.pdf"
    assert (
        run(
            "export", MEETING, "--out", str(returned), "--version", "1", "--audience", "public", data_dir=data
        ).returncode
        == 0
    )
    answer = run(
        "minutes",
        "approve",
        MEETING,
        "--by",
        "Buyers",
        "--file",
        str(returned),
        "--amendment",
        "Add the water concern",
        data_dir=data,
    )
    assert answer.returncode == 0 and "Amendment requested" in answer.stdout
    assert_plain_error(run("minutes", "amend", MEETING, "--reason", "Water", data_dir=data), "Nothing has changed")
    listed = json.loads(run("minutes", "versions", MEETING, "--json", data_dir=data).stdout)
    assert [(a["by"], a["decision"], a["source"]) for a in listed[0]["answers"]] == [
        ("Trade union", "approved", "printout"),
        ("Buyers", "amendment_requested", "file"),
    ]
    assert_plain_error(run("minutes", "approve", MEETING, "--by", "X", "--fingerprint", "zz", data_dir=data), "8")


def test_review_an_item_and_a_note_from_the_command_line(data: Path, tmp_path: Path) -> None:
    saved = run(
        "minutes", "review", MEETING, "3", "--summary", "Dust came first.", "--satisfied", "partly", data_dir=data
    )
    assert saved.returncode == 0, saved.stderr
    out = tmp_path / "m.json"
    run("export", MEETING, "--out", str(out), "--format", "json", data_dir=data)
    item = json.loads(out.read_text())["content"]["items"][2]
    assert (item["summary"], item["satisfied"]) == ("Dust came first.", "partly")
    note = item["notes"][0]["id"]
    assert run("minutes", "note", MEETING, note, "--appears", "omit", data_dir=data).returncode == 0
    run("export", MEETING, "--out", str(out), "--format", "json", data_dir=data)
    assert note not in {n["id"] for n in json.loads(out.read_text())["content"]["items"][2]["notes"]}
    assert_plain_error(run("minutes", "review", MEETING, "99", "--summary", "x", data_dir=data), "1 to")
    assert_plain_error(run("minutes", "review", MEETING, "3", data_dir=data), "--summary")
    assert_plain_error(run("minutes", "review", MEETING, "3", "--satisfied", "very", data_dir=data), "very")
    assert_plain_error(run("minutes", "note", MEETING, note, "--appears", "press", data_dir=data), "press")
