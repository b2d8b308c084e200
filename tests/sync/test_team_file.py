"""The team file: a new sync folder gets the product's scrypt work factor, and a team file whose factor
was lowered afterwards does not open with the right passphrase (the settings are sealed into its check).
The other sync tests start their folders with a light factor (``tests.sync.sticks``); this is where the
real one is used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.core.errors import UserError
from facilitator.sync import crypto
from tests.sync.sticks import LIGHT_SCRYPT_N, PASSPHRASE


def test_a_new_folder_gets_the_full_work_factor_and_a_lowered_one_is_refused(tmp_path: Path) -> None:
    made = crypto.create_team(tmp_path, PASSPHRASE)
    team_file = tmp_path / crypto.TEAM_FILE
    kdf = json.loads(team_file.read_text())["kdf"]
    assert (kdf["n"], kdf["r"], kdf["p"]) == (crypto.SCRYPT_N, crypto.SCRYPT_R, crypto.SCRYPT_P)
    assert kdf["n"] >= 2**15 and kdf["r"] >= 8  # scrypt's interactive-login strength, at the least
    assert crypto.open_team(tmp_path, PASSPHRASE) == made

    document = json.loads(team_file.read_text())
    document["kdf"]["n"] = LIGHT_SCRYPT_N
    team_file.write_text(json.dumps(document))
    with pytest.raises(UserError, match="passphrase does not open"):
        crypto.open_team(tmp_path, PASSPHRASE)


def test_a_team_passphrase_in_hindi_opens_however_its_letters_were_typed(tmp_path: Path) -> None:
    """फ़ typed as one character on one laptop and as फ with the nukta on another."""
    with pytest.raises(UserError, match="at least"):
        crypto.create_team(tmp_path, " " * 12)
    made = crypto.create_team(tmp_path, "\u095eैक्टरी का पानी")
    assert crypto.open_team(tmp_path, "\u092b\u093cैक्टरी का पानी") == made
