"""Sync folders for tests: a team file whose key takes milliseconds to derive.

The product reads the scrypt settings from the team file (``facilitator.sync.crypto.open_team``), so a
folder started with a light work factor is opened with that factor by every laptop, in every process.
The salt, the sealed key check, and the refusal of a wrong passphrase are those of any team file; only
the cost of guessing differs, which is ``crypto``'s own concern and tested there with the real factor.
Tests that start a folder through a sync (``FolderTarget`` on an empty folder) still use the real one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.sync import crypto

PASSPHRASE = "stone dust and water"
LIGHT_SCRYPT_N = 2**10  # about 2 ms, against about 100 ms for the product's 2**15


def light_team_folder(folder: Path, passphrase: str = PASSPHRASE) -> Path:
    """``folder``, made a sync folder for ``passphrase`` with a light scrypt work factor."""
    folder.mkdir(parents=True, exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(crypto, "SCRYPT_N", LIGHT_SCRYPT_N)
        crypto.create_team(folder, passphrase)
    return folder
