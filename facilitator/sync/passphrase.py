"""The team passphrase in the system keyring (``keyring``), only when the user asks for it.

Without the user's say-so the passphrase is never stored: it comes from an environment variable or
is typed at each sync.  A laptop without a usable keyring (a bare Linux, a test run) just cannot
remember it, and says so.
"""

from __future__ import annotations

import json
from pathlib import Path

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from facilitator.core.errors import UserError
from facilitator.i18n import translate
from facilitator.sync.crypto import TEAM_FILE

SERVICE = "Facilitator sync"


def folder_id(folder: Path) -> str | None:
    """The id of a sync folder, read from its team file (public: it holds no secret)."""
    try:
        return str(json.loads((Path(folder) / TEAM_FILE).read_bytes()[:65536])["folder_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remembered(folder: Path) -> str | None:
    """The passphrase this laptop was asked to remember for ``folder``, if any."""
    key = folder_id(folder)
    if key is None:
        return None
    try:
        return keyring.get_password(SERVICE, key)
    except (KeyringError, RuntimeError, OSError):
        return None


def remember(folder_id_: str, passphrase: str) -> None:
    try:
        keyring.set_password(SERVICE, folder_id_, passphrase)
    except (KeyringError, RuntimeError, OSError) as exc:
        message = translate("Sync", "This computer has no keyring to keep the passphrase in ({0}); it was not stored.")
        raise UserError(message.format(exc)) from exc


def forget(folder_id_: str) -> None:
    try:
        keyring.delete_password(SERVICE, folder_id_)
    except PasswordDeleteError:
        pass
    except (KeyringError, RuntimeError, OSError) as exc:
        raise UserError(translate("Sync", "The keyring could not be reached: {0}").format(exc)) from exc
