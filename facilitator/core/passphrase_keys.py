"""Keys made from what people type, a passphrase or a recovery key: scrypt, with one cost and one set of
limits for encryption at rest and for the sync folders, and AES-256-GCM's nonce size beside it."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

COST = {"n": 2**15, "r": 8, "p": 1}  # about 0.1 s and 32 MB on a laptop
# What a stored file may ask for: a tampered one must not make a laptop spend minutes or gigabytes.
LIMITS = {"n": 2**20, "r": 16, "p": 4}
MIN_PASSPHRASE = 8
NONCE_BYTES = 12


def within_limits(settings: Mapping[str, int]) -> bool:
    return all(1 <= settings.get(name, 0) <= limit for name, limit in LIMITS.items())


def too_short(passphrase: str) -> bool:
    """Fewer than :data:`MIN_PASSPHRASE` characters besides the spaces around them: eight spaces are none."""
    return len(passphrase.strip()) < MIN_PASSPHRASE


def composed(secret: str) -> str:
    """The form a key is made from (see :func:`typed_forms`)."""
    return typed_forms(secret)[0]


def typed_forms(secret: str) -> list[str]:
    """What a typed secret is made into a key from: its composed form (NFC) first, so that a letter typed as
    one character or as a letter and a mark (Hindi's फ़, or फ and the nukta) opens alike; then as typed,
    for a key made from it before."""
    composed = unicodedata.normalize("NFC", secret)
    return [composed] if composed == secret else [composed, secret]


def derive(secret: str, salt: bytes, settings: Mapping[str, int]) -> bytes:
    """A 256-bit key; ``InvalidTag`` for settings beyond the limits, as for any file that was changed."""
    # cryptography's library takes some 10 ms to load: only when a key is made, not with every start.
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not within_limits(settings):
        raise InvalidTag
    return Scrypt(salt=salt, length=32, n=settings["n"], r=settings["r"], p=settings["p"]).derive(
        secret.encode("utf-8")
    )
