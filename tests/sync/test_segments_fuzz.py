"""Fuzzed segments: truncated, bit-flipped, spliced or random bytes are each refused with a plain
message (UserError), and nothing of them reaches the records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.errors import UserError
from facilitator.sync import crypto, schema, segments
from facilitator.sync.digest import content_digest
from facilitator.sync.log import ChangeRow
from facilitator.sync.run import synchronise
from facilitator.sync.targets.folder import SEGMENTS, FolderTarget
from tests.sync.replicas import log_of, replica, roundtable
from tests.sync.sticks import PASSPHRASE

fuzz = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[crypto.TeamKey, bytes, list[ChangeRow]]:
    root = tmp_path_factory.mktemp("fuzz")
    laptop = replica(root / "laptop")
    roundtable(laptop)
    team = crypto.create_team(root, PASSPHRASE)
    changes = log_of(laptop)
    header = segments.SegmentHeader(
        team.folder_id, laptop.device_id, "Laptop", 1, "0" * 32, schema.current(), len(changes)
    )
    return team, segments.pack(team, header, changes), changes


def test_an_intact_segment_reads_back_exactly(sample) -> None:
    team, data, changes = sample
    header, read = segments.unpack(team, data)
    assert read == changes and header.changes == len(changes) and header.device_name == "Laptop"


@fuzz
@given(cut=st.integers(min_value=0))
def test_every_truncation_is_refused(sample, cut: int) -> None:
    team, data, _ = sample
    with pytest.raises(UserError):
        segments.unpack(team, data[: cut % len(data)])


@fuzz
@given(position=st.integers(min_value=0), bit=st.integers(0, 7))
def test_every_flipped_bit_is_refused(sample, position: int, bit: int) -> None:
    team, data, _ = sample
    index = position % len(data)
    flipped = data[:index] + bytes([data[index] ^ (1 << bit)]) + data[index + 1 :]
    with pytest.raises(UserError):
        segments.unpack(team, flipped)


@fuzz
@given(noise=st.binary(max_size=4096), keep_magic=st.booleans())
def test_random_bytes_are_refused(sample, noise: bytes, keep_magic: bool) -> None:
    team, _, _ = sample
    with pytest.raises(UserError):
        segments.unpack(team, (segments.MAGIC + b"\x01" if keep_magic else b"") + noise)


def test_a_segment_of_another_team_is_refused(sample, tmp_path: Path) -> None:
    _, data, _ = sample
    other = crypto.create_team(tmp_path, PASSPHRASE)  # same passphrase, another folder: another key
    with pytest.raises(UserError, match="not from this team"):
        segments.unpack(other, data)


def test_a_header_changed_after_sealing_is_refused(sample) -> None:
    team, data, _ = sample
    forged = data.replace(b'"device_name": "Laptop"', b'"device_name": "Laptoq"')
    assert forged != data
    with pytest.raises(UserError):
        segments.unpack(team, forged)


def test_fuzzed_files_in_a_folder_change_nothing(tmp_path: Path, stick: Path) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    roundtable(first)
    synchronise(first, FolderTarget(stick, PASSPHRASE))
    [good] = (stick / SEGMENTS).glob("*/*.fseg")
    data = good.read_bytes()
    good.unlink()
    for number, bad in enumerate([data[:100], data[:-5], os.urandom(len(data)), b"", data[:60] + data[61:]]):
        (good.parent / f"{number:010d}-{number:032x}.fseg").write_bytes(bad)
    untouched = content_digest(second)
    report = synchronise(second, FolderTarget(stick, PASSPHRASE))
    assert len(report.refused) == 5 and report.received == 0
    assert content_digest(second) == untouched
