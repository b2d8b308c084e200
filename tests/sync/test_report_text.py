"""The sync report names the devices it saw so that two laptops can be told apart."""

from __future__ import annotations

from facilitator.sync.summary import device_names


def test_laptops_that_share_a_name_are_told_apart_by_their_ids() -> None:
    devices = {"3f2a9c00-aaaa": "vm", "91bc7d11-bbbb": "vm", "5d0e4f22-cccc": "Timekeeper laptop", "77aa0033-dddd": ""}
    assert device_names(devices) == ["77aa0033", "Timekeeper laptop", "vm (3f2a9c00)", "vm (91bc7d11)"]
