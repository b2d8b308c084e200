"""The team key: derived from the team's passphrase with scrypt, used with AES-256-GCM (``cryptography``).

A sync folder holds a small team file with the salt, the scrypt parameters, and a check value sealed
with the key, so a wrong passphrase is told apart from a damaged segment before anything is read.
The parameters are bound into the check, so a tampered team file (say, a weakened scrypt) fails it.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from msgspec import Struct

from facilitator.core.errors import UserError
from facilitator.core.passphrase_keys import (
    COST,
    LIMITS,
    MIN_PASSPHRASE,
    NONCE_BYTES,
    composed,
    derive,
    too_short,
    typed_forms,
)
from facilitator.i18n import translate
from facilitator.paths import SYNC_TEAM_FILE
from facilitator.sync.files import write_atomically

TEAM_FILE = SYNC_TEAM_FILE
TEAM_FORMAT = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = COST["n"], COST["r"], COST["p"]
_CHECK = b"facilitator sync key check"


class TeamKey(Struct, frozen=True):
    """The key of one sync folder, and the folder's id (stable when the folder moves or is copied)."""

    folder_id: str
    key: bytes

    def seal(self, plaintext: bytes, associated: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + AESGCM(self.key).encrypt(nonce, plaintext, associated)

    def open(self, sealed: bytes, associated: bytes) -> bytes:
        """The plaintext, or ``InvalidTag`` when the key is wrong or a single bit changed."""
        if len(sealed) < NONCE_BYTES + 16:
            raise InvalidTag
        return AESGCM(self.key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)


def _bound(settings: dict[str, Any]) -> bytes:
    return json.dumps(settings, sort_keys=True, separators=(",", ":")).encode()


def create_team(folder: Path, passphrase: str) -> TeamKey:
    """Start a sync folder: a new salt and folder id, written atomically into ``folder``."""
    if too_short(passphrase):
        raise UserError(
            translate("Sync", "Choose a team passphrase of at least {0} characters.").format(MIN_PASSPHRASE)
        )
    salt = os.urandom(16)
    settings = {
        "format": TEAM_FORMAT,
        "folder_id": str(uuid.uuid4()),
        "kdf": {"name": "scrypt", "salt": base64.b64encode(salt).decode(), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
    }
    key = derive(composed(passphrase), salt, {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P})
    team = TeamKey(settings["folder_id"], key)
    document = {**settings, "check": base64.b64encode(team.seal(_CHECK, _bound(settings))).decode()}
    write_atomically(folder / TEAM_FILE, json.dumps(document, indent=2).encode())
    return team


def open_team(folder: Path, passphrase: str) -> TeamKey:
    """The key of an existing sync folder; a plain error for a wrong passphrase or a damaged team file."""
    damaged = UserError(
        translate("Sync", "The team file {0} is damaged or was not made by Facilitator.").format(folder / TEAM_FILE)
    )
    try:
        document = json.loads((folder / TEAM_FILE).read_bytes()[:65536])
        kdf = document["kdf"]
        settings = {"format": document["format"], "folder_id": str(document["folder_id"]), "kdf": kdf}
        salt, check = base64.b64decode(kdf["salt"], validate=True), base64.b64decode(document["check"], validate=True)
        n, r, p = (int(kdf[name]) for name in ("n", "r", "p"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise damaged from exc
    if document["format"] != TEAM_FORMAT:
        raise UserError(translate("Sync", "This sync folder was made by a newer version of Facilitator."))
    if kdf.get("name") != "scrypt" or not (2 <= n <= LIMITS["n"] and 1 <= r <= LIMITS["r"] and 1 <= p <= LIMITS["p"]):
        raise damaged
    for form in typed_forms(passphrase):
        try:
            team = TeamKey(settings["folder_id"], derive(form, salt, {"n": n, "r": r, "p": p}))
        except ValueError as exc:  # n not a power of two
            raise damaged from exc
        try:
            if team.open(check, _bound(settings)) == _CHECK:
                return team
        except InvalidTag:
            continue
    raise UserError(translate("Sync", "The passphrase does not open this sync folder."))


def has_team(folder: Path) -> bool:
    return (folder / TEAM_FILE).is_file()
