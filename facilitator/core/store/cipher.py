"""Encryption at rest, opt-in per data dir: a lost laptop exposes nothing, and a lost passphrase loses nothing.

The database and every backup are SQLCipher files (AES-256, an HMAC on every page) encrypted with one
random 32-byte *data key*.  The data key is never stored in the clear: the key file
``facilitator.keys.json`` beside the database holds it twice, sealed with AES-256-GCM under a key
derived (scrypt) from the passphrase, and under one derived from the *recovery key*, a random code the
user writes down or exports when encryption is turned on.  Either opens the data, so forgetting the
passphrase is survived with the recovery key, and the passphrase can be changed without touching the
database.  A wrong passphrase fails the seal's check before any database file is read.

Turning encryption on or off converts each file (the database, then every backup) into a new file
beside it, checks the copy (``integrity_check``, and every row of every table compared with the
original), and renames it over the original.  The key file is written, durably, before the first
file is encrypted with its key, and says which way a conversion goes while it runs, so a conversion
killed at any moment leaves each file whole in its old or its new form, opens as it is, and is
finished by running the command again.  It takes the data dir's lock: no window may hold the data
open meanwhile (except the window that runs it).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace

from facilitator import paths
from facilitator.core.errors import UserError
from facilitator.core.passphrase_keys import COST, MIN_PASSPHRASE, NONCE_BYTES, composed, derive, too_short, typed_forms
from facilitator.core.store import backups, integrity, keys
from facilitator.core.store.connect import connect, driver_errors, is_plain, key_pragma
from facilitator.core.store.instance import DataDirLock, held_here
from facilitator.i18n import translate

KEY_FILE = "facilitator.keys.json"
FORMAT = 1
DATA_KEY_BYTES = 32
SCRYPT = COST
RECOVERY_GROUPS, RECOVERY_GROUP = 8, 4  # 32 base32 characters: 160 random bits
_SEAL = b"facilitator data key, format 1"
_RECOVERY = re.compile(r"^[A-Z2-7]{32}$")
STATES = ("encrypting", "encrypted", "decrypting")
CONVERTING = ".converting"


class Envelope(Struct, frozen=True):
    """The key file: the data key sealed by the passphrase and by the recovery key, and the state."""

    state: str
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)
    recovery_kept: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "state": self.state, "recovery_kept": self.recovery_kept, "slots": self.slots}


def key_file(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def is_encrypted(data_dir: Path) -> bool:
    """Whether the data dir is encrypted, or being converted either way (its files need the key)."""
    return key_file(data_dir).is_file()


def is_unlocked(data_dir: Path) -> bool:
    return keys.of_data_dir(data_dir) is not None


def read_envelope(data_dir: Path) -> Envelope | None:
    return read_envelope_at(key_file(data_dir))


def read_envelope_at(path: Path) -> Envelope | None:
    """The key file at ``path`` (the data dir's, or one carried beside a backup), None when there is none."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        envelope = Envelope(data["state"], dict(data["slots"]), bool(data.get("recovery_kept")))
        if data.get("format") != FORMAT or envelope.state not in STATES or "passphrase" not in envelope.slots:
            raise ValueError(path.name)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            translate("Encryption", "The key file {0} cannot be read; nothing was opened. Keep it for whoever helps.")
            .format(path)
        ) from exc  # fmt: skip
    return envelope


def _write_envelope(data_dir: Path, envelope: Envelope) -> None:
    write_envelope_at(key_file(data_dir), envelope)


def write_envelope_at(path: Path, envelope: Envelope) -> None:
    """Durably: complete under a hidden name, flushed, renamed, and the rename flushed."""
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(envelope.as_json(), handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    backups.fsync_dir(path.parent)


# -- sealing the data key --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _seal(secret: str, data_key: bytes) -> dict[str, Any]:
    # cryptography's library takes some 10 ms to load: it is imported where a key is sealed or opened
    # (here and below), not with the database at every start.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(NONCE_BYTES)
    sealed = AESGCM(derive(composed(secret), salt, SCRYPT)).encrypt(
        nonce, data_key, _SEAL + json.dumps(SCRYPT).encode()
    )
    return {"kdf": "scrypt", **SCRYPT, "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed)}


def _unseal(slot: dict[str, Any], secret: str) -> bytes:
    """The data key, or InvalidTag when the secret is wrong or the slot was changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        settings = {name: int(slot[name]) for name in SCRYPT}
        salt, nonce, sealed = (base64.b64decode(slot[name]) for name in ("salt", "nonce", "sealed"))
    except (KeyError, ValueError, TypeError) as exc:
        raise InvalidTag from exc
    bound = _SEAL + json.dumps(settings).encode()
    for form in typed_forms(secret):
        try:
            return AESGCM(derive(form, salt, settings)).decrypt(nonce, sealed, bound)
        except InvalidTag:
            continue
    raise InvalidTag


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def recovery_form(text: str) -> str | None:
    """A typed recovery key in its canonical form (spaces, dashes and case do not matter, nor a zero for
    the letter O: the key's letters have no zero), else None."""
    compact = re.sub(r"[\s-]", "", text).upper().replace("0", "O")
    return compact if _RECOVERY.match(compact) else None


def open_envelope(envelope: Envelope, secret: str) -> bytes:
    """The data key, sealed in ``envelope``, opened with the passphrase or the recovery key."""
    from cryptography.exceptions import InvalidTag

    recovery = recovery_form(secret)
    slot, used = ("recovery", recovery) if recovery and "recovery" in envelope.slots else ("passphrase", secret)
    try:
        return _unseal(envelope.slots[slot], used)
    except InvalidTag as exc:
        raise UserError(
            translate("Encryption", "That passphrase (or recovery key) does not open this data. Nothing was opened.")
        ) from exc


def unlock(data_dir: Path, secret: str) -> None:
    """Open the data key with the passphrase or the recovery key; a wrong one is refused in plain words."""
    envelope = read_envelope(data_dir)
    if envelope is None:
        return
    keys.remember(data_dir, open_envelope(envelope, secret))


def require_unlocked(data_dir: Path) -> None:
    if is_encrypted(data_dir) and not is_unlocked(data_dir):
        raise Locked(
            translate(
                "Encryption", "The data in {0} is encrypted: give its passphrase or recovery key to open it."
            ).format(data_dir)
        )


class Locked(UserError):
    """The data is encrypted and its key has not been given in this process."""


def require_recovery_kept(data_dir: Path) -> None:
    """Conversations with workers wait until the recovery key of encrypted data has been kept."""
    envelope = read_envelope(data_dir)
    if envelope is not None and not envelope.recovery_kept:
        raise UserError(
            translate(
                "Encryption",
                "Write down or export the recovery key first (File ▸ Encryption, or 'facilitator recovery-key'): "
                "without it, a forgotten passphrase would lose these conversations.",
            )
        )


def confirm_recovery_kept(data_dir: Path, typed: str) -> None:
    """The user proves the recovery key was kept by typing it back (or it was exported to a file)."""
    from cryptography.exceptions import InvalidTag

    envelope = _unlocked_envelope(data_dir)
    code = recovery_form(typed)
    try:
        if code is None:
            raise InvalidTag
        _unseal(envelope.slots.get("recovery", {}), code)  # none yet while encryption is turned on
    except InvalidTag as exc:
        raise UserError(translate("Encryption", "That is not this data's recovery key.")) from exc
    _write_envelope(data_dir, replace(envelope, recovery_kept=True))


def export_recovery_key(code: str, target: Path) -> None:
    """The recovery key as a small text file, for a stick or a safe place (not the laptop itself)."""
    text = translate(
        "Encryption",
        "Facilitator recovery key\n\n{code}\n\nIt opens the encrypted data of Facilitator when the passphrase is "
        "forgotten. Keep it away from the laptop.\n",
    ).format(code=code)
    temporary = ""
    try:  # a private file (0600), written whole under a temporary name: it is a secret
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise UserError(
            translate("Encryption", "The recovery key could not be written to {0}: {1}").format(
                target, exc.strerror or exc
            )
        ) from exc


def _unlocked_envelope(data_dir: Path) -> Envelope:
    envelope = read_envelope(data_dir)
    if envelope is None:
        raise UserError(translate("Encryption", "The data in {0} is not encrypted.").format(data_dir))
    require_unlocked(data_dir)
    return envelope


def _check_passphrase(passphrase: str) -> None:
    if too_short(passphrase):
        raise UserError(
            translate("Encryption", "Choose a passphrase of at least {0} characters.").format(MIN_PASSPHRASE)
        )
    if recovery_form(passphrase):
        raise UserError(translate("Encryption", "A passphrase cannot look like a recovery key."))


def change_passphrase(data_dir: Path, new_passphrase: str) -> None:
    """A new passphrase for unlocked data (the data key, and so every file, stays as it is)."""
    from cryptography.exceptions import InvalidTag

    envelope = _unlocked_envelope(data_dir)
    _check_passphrase(new_passphrase)
    try:
        _unseal(envelope.slots["passphrase"], new_passphrase)
    except InvalidTag:
        pass
    else:
        raise UserError(translate("Encryption", "That is the passphrase already; nothing was changed."))
    data_key = keys.of_data_dir(data_dir)
    slots = {**envelope.slots, "passphrase": _seal(new_passphrase, data_key)}
    _write_envelope(data_dir, replace(envelope, slots=slots))


def new_recovery_key(data_dir: Path) -> str:
    """A new recovery key for unlocked data; the old one stops working.  It must be kept again."""
    envelope = _unlocked_envelope(data_dir)
    code = new_recovery_code()
    slots = {**envelope.slots, "recovery": _seal(recovery_form(code), keys.of_data_dir(data_dir))}
    _write_envelope(data_dir, replace(envelope, slots=slots, recovery_kept=False))
    return code


# -- converting the files --------------------------------------------------------------------------


def files_of(data_dir: Path) -> list[Path]:
    """The database and every backup in the backups folder: what must be encrypted, or not, together."""
    folder = paths.backups_dir(data_dir)
    found = [paths.database_path(data_dir)] if paths.database_path(data_dir).is_file() else []
    if folder.is_dir():
        found += sorted(p for p in folder.glob(f"*{backups.SUFFIX}") if not p.name.startswith(".") and p.is_file())
    return found


def digest(path: Path, key: bytes | None) -> str:
    """Every row of every table, hashed in a fixed order: equal digests mean no row was lost or changed."""
    connection = connect(path, read_only=True, key=key)
    hashed = hashlib.sha256()
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )]  # fmt: skip
        for table in tables:
            hashed.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                hashed.update(repr(row).encode())
    finally:
        connection.close()
    return hashed.hexdigest()


def convert(path: Path, from_key: bytes | None, to_key: bytes | None) -> None:
    """Rewrite one file with ``to_key`` (None: plain), checked, then renamed over the original."""
    found = integrity.problems(path, full=True, key=from_key)
    if found:
        raise integrity.DamagedDatabase(
            translate("Encryption", "{path} is damaged ({problem}); it was left as it is.").format(
                path=path, problem="; ".join(found[:2])
            )
        )
    work = path.with_name(f".{path.name}{CONVERTING}")
    backups.remove_with_sidecars(work)
    source = connect(path, key=from_key) if from_key else _plain_via_cipher(path)
    try:
        # The whole log goes into the file first, so the file alone is the data; then it is copied.
        source.execute("PRAGMA journal_mode=DELETE")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        target_key = key_pragma(to_key) if to_key else "''"
        source.execute(f"ATTACH DATABASE ? AS converted KEY {target_key}", (str(work),))
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
        source.execute("DETACH DATABASE converted")
    except driver_errors() as exc:
        backups.remove_with_sidecars(work)
        raise UserError(
            translate("Encryption", "{path} could not be converted ({reason}); it was left as it is.").format(
                path=path, reason=exc
            )
        ) from exc
    finally:
        source.close()
    problems = integrity.problems(work, full=True, key=to_key)
    if problems or digest(work, to_key) != digest(path, from_key):
        backups.remove_with_sidecars(work)
        raise UserError(
            translate("Encryption", "The converted copy of {0} did not match it; the file was left as it is.").format(
                path
            )
        )
    with work.open("rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in backups.SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(work, path)
    backups.fsync_dir(path.parent)


def _plain_via_cipher(path: Path):
    import sqlcipher3

    return sqlcipher3.connect(str(path), check_same_thread=False)


class Converted(Struct, frozen=True):
    """What turning encryption on or off converted, and the recovery key to show once."""

    files: int
    recovery_code: str = ""  # shown once, when encryption was turned on


Progress = Callable[[int, int, Path], None]


def _locked(data_dir: Path, lock: DataDirLock | None, work: Callable[[], Converted]) -> Converted:
    lock = lock or held_here(data_dir)
    own = lock is None
    lock = lock or DataDirLock(data_dir)
    if own and not lock.acquire():
        raise UserError(
            translate("Encryption", "Facilitator is open on {0}. Close its window first, or use the window's menu.")
            .format(data_dir)
        )  # fmt: skip
    try:
        return work()
    finally:
        if own:
            lock.release()


def _convert_all(data_dir: Path, from_key: bytes | None, to_key: bytes | None, progress: Progress | None) -> int:
    pending = [p for p in files_of(data_dir) if is_plain(p) == (from_key is None)]
    for number, path in enumerate(pending, start=1):
        convert(path, from_key, to_key)
        if progress is not None:
            progress(number, len(pending), path)
    # Leftovers of an interrupted conversion, and of a backup or a restore killed half-way (a copy of the
    # data in the clear, which encryption would otherwise leave readable beside the encrypted files).
    for stray in [data_dir, paths.backups_dir(data_dir)]:
        for pattern in (f".*{CONVERTING}", f".*{backups.PARTIAL}", ".*.restoring"):
            for leftover in stray.glob(pattern) if stray.is_dir() else ():
                backups.remove_with_sidecars(leftover)
    return len(pending)


def encrypt(
    data_dir: Path, passphrase: str, lock: DataDirLock | None = None, progress: Progress | None = None
) -> Converted:
    """Turn encryption on (or finish turning it on after an interruption, with the same passphrase).

    Returns the recovery code on the first run; it is shown once and must be kept."""

    def work() -> Converted:
        envelope = read_envelope(data_dir)
        if envelope is None:
            _check_passphrase(passphrase)
            data_key = secrets.token_bytes(DATA_KEY_BYTES)
            slots = {"passphrase": _seal(passphrase, data_key)}
            _write_envelope(data_dir, Envelope("encrypting", slots))  # durable before any file is encrypted
        elif envelope.state == "encrypting":
            data_key = open_envelope(envelope, passphrase)
        elif envelope.state == "encrypted":
            raise UserError(translate("Encryption", "The data in {0} is encrypted already.").format(data_dir))
        else:
            raise UserError(
                translate("Encryption", "Turning encryption off was interrupted; finish it with 'facilitator decrypt'.")
            )
        # The recovery key is made once the files are converted (so that a run stopped half-way, which
        # never showed it, makes its own when it is run again), and written with the state: one write.
        code = "" if read_envelope(data_dir).recovery_kept else new_recovery_code()
        recovery = {"recovery": _seal(recovery_form(code), data_key)} if code else {}
        return Converted(_complete_encryption(data_dir, data_key, progress, recovery), code)

    return _locked(data_dir, lock, work)


def finish_encrypting(data_dir: Path, lock: DataDirLock | None = None, progress: Progress | None = None) -> int:
    """Finish an encryption stopped half-way (the laptop went off), with the key unlocked in this process:
    until then its backups, with what workers said, lie on the disk in the clear.  The recovery key is
    made afterwards, as for any data whose recovery key was not kept.  How many files were converted."""

    def work() -> Converted:
        if interrupted(data_dir) != "encrypting":
            return Converted(0)
        require_unlocked(data_dir)
        return Converted(_complete_encryption(data_dir, keys.of_data_dir(data_dir), progress))

    return _locked(data_dir, lock, work).files


def adopt(data_dir: Path, envelope: Envelope, data_key: bytes, lock: DataDirLock | None = None) -> int:
    """Encrypt data that is not encrypted with the key file of other data (``envelope``, whose ``data_key``
    was opened with its passphrase or recovery key): the data here then opens with those.  Run before a
    backup of that data is restored here; interrupted, it is finished as any encryption is."""

    def work() -> Converted:
        if read_envelope(data_dir) is not None:
            raise UserError(translate("Encryption", "The data in {0} is encrypted already.").format(data_dir))
        _write_envelope(data_dir, replace(envelope, state="encrypting"))  # durable before any file is encrypted
        return Converted(_complete_encryption(data_dir, data_key, None))

    return _locked(data_dir, lock, work).files


def _complete_encryption(
    data_dir: Path, data_key: bytes, progress: Progress | None, slots: dict[str, dict[str, Any]] | None = None
) -> int:
    """Convert what is still in the clear, then mark the data encrypted (with ``slots`` added, a new
    recovery key's); how many files were converted."""
    keys.remember(data_dir, data_key)
    files = _convert_all(data_dir, None, data_key, progress)
    envelope = read_envelope(data_dir)
    _write_envelope(data_dir, replace(envelope, state="encrypted", slots={**envelope.slots, **(slots or {})}))
    return files


def decrypt(
    data_dir: Path, secret: str, lock: DataDirLock | None = None, progress: Progress | None = None
) -> Converted:
    """Turn encryption off: every file back in the clear, then the key file goes."""

    def work() -> Converted:
        envelope = read_envelope(data_dir)
        if envelope is None:
            raise UserError(translate("Encryption", "The data in {0} is not encrypted.").format(data_dir))
        data_key = open_envelope(envelope, secret)
        keys.remember(data_dir, data_key)
        if envelope.state != "decrypting":
            _write_envelope(data_dir, replace(envelope, state="decrypting"))
        files = _convert_all(data_dir, data_key, None, progress)
        key_file(data_dir).unlink()
        backups.fsync_dir(data_dir)
        keys.forget(data_dir)
        return Converted(files)

    return _locked(data_dir, lock, work)


def interrupted(data_dir: Path) -> str:
    """ "encrypting" or "decrypting" when a conversion was interrupted and waits to be finished, else ""."""
    envelope = read_envelope(data_dir)
    return envelope.state if envelope is not None and envelope.state != "encrypted" else ""
