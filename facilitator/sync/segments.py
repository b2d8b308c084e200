"""Segments: one laptop's batch of changes, compressed, encrypted and authenticated as one file.

Layout: ``FACSEG`` and a format byte, the header's length (4 bytes) and the header (JSON: format,
schema revision, folder, device, device name, sequence, segment id, count), then the nonce and the
AES-256-GCM ciphertext of the zlib-compressed changes.  Everything before the nonce is authenticated
with the ciphertext, so a header cannot be changed either.  Anything that does not check out (wrong
key, one flipped bit, a truncated file, random bytes, a newer schema) is refused with a plain
:class:`UserError` before a single change is used.
"""

from __future__ import annotations

import json
import struct
import zlib

from cryptography.exceptions import InvalidTag
from msgspec import Struct
from msgspec.structs import asdict

from facilitator.core.errors import UserError
from facilitator.i18n import translate
from facilitator.sync import schema
from facilitator.sync.crypto import TeamKey
from facilitator.sync.log import ChangeRow

MAGIC = b"FACSEG"
FORMAT = 1
MAX_HEADER = 16 * 1024
MAX_CHANGE_BYTES = 256 * 1024  # no change is bigger (a note has at most 5,000 characters)
_LENGTH = struct.Struct(">I")


class SegmentHeader(Struct, frozen=True):
    folder_id: str
    device: str
    device_name: str
    sequence: int
    segment_id: str
    schema: str
    changes: int


def pack(team: TeamKey, header: SegmentHeader, changes: list[ChangeRow]) -> bytes:
    head = json.dumps({"format": FORMAT, **asdict(header)}, sort_keys=True).encode()
    prefix = MAGIC + bytes([FORMAT]) + _LENGTH.pack(len(head)) + head
    body = zlib.compress(json.dumps([list(change) for change in changes], ensure_ascii=False).encode(), 6)
    return prefix + team.seal(body, prefix)


def _prefix(data: bytes) -> bytes | None:
    """The segment's plain part (magic, format, header), or None when ``data`` cannot be a segment."""
    start = len(MAGIC) + 1 + _LENGTH.size
    if len(data) < start or data[: len(MAGIC)] != MAGIC:
        return None
    (length,) = _LENGTH.unpack(data[len(MAGIC) + 1 : start])
    return data[: start + length] if length <= MAX_HEADER and len(data) >= start + length else None


def claimed_folder(data: bytes) -> str | None:
    """The sync folder a segment says it belongs to, unchecked (its header is readable without the key), or
    None for what is no segment: it tells a file of another team from a damaged one, and proves nothing."""
    prefix = _prefix(data)
    try:
        folder = json.loads(prefix[len(MAGIC) + 1 + _LENGTH.size :]).get("folder_id") if prefix else None
    except (ValueError, AttributeError):
        return None
    return folder if isinstance(folder, str) else None


def unpack(team: TeamKey, data: bytes, name: str = "") -> tuple[SegmentHeader, list[ChangeRow]]:
    """The header and changes of an authentic segment of this folder, else :class:`UserError`."""
    refused = UserError(translate("Sync", "The segment {0} is damaged, incomplete or not from this team.").format(name))
    start = len(MAGIC) + 1 + _LENGTH.size
    if len(data) < start or data[: len(MAGIC)] != MAGIC:
        raise refused
    if data[len(MAGIC)] != FORMAT:
        raise UserError(translate("Sync", "The segment {0} was made by a newer version of Facilitator.").format(name))
    prefix = _prefix(data)
    if prefix is None:
        raise refused
    try:
        body = team.open(data[len(prefix) :], prefix)
    except InvalidTag as exc:
        raise refused from exc
    # Authentic from here on: a team member wrote it, so its contents are only checked for sense.
    try:
        fields = json.loads(prefix[start:])
        fields.pop("format")
        header = SegmentHeader(**fields)
    except (ValueError, TypeError, KeyError) as exc:
        raise refused from exc
    if header.folder_id != team.folder_id:
        raise refused
    if not schema.is_known(header.schema):
        raise UserError(
            translate(
                "Sync", "The segment {0} was made by a newer version of Facilitator. Update this laptop to read it."
            ).format(name)
        )
    return header, _changes(body, header, refused)


def _changes(body: bytes, header: SegmentHeader, refused: UserError) -> list[ChangeRow]:
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(body, max(1, header.changes) * MAX_CHANGE_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise refused
        rows = json.loads(text)
        changes = [ChangeRow(*row) for row in rows]
    except (zlib.error, ValueError, TypeError) as exc:
        raise refused from exc
    if len(changes) != header.changes or not all(isinstance(part, str) for row in changes for part in row):
        raise refused
    return changes
