"""Photos taken on a visit, kept safe.

- A photo is copied into the data, never linked: its bytes are stored in the database, so they are
  encrypted at rest with it, are in every backup, and travel with sync like any record (a photo can
  never be "missing" after a sync that reported success).
- It is re-encoded from its pixels, so nothing of the camera's metadata survives: no EXIF, no GPS
  position, no maker notes, no XMP, no embedded thumbnail.  The orientation is applied first.
- It is refused unless everyone in it has a recorded consent to photos; a photo of nobody (a toilet
  block, a drill without water) needs none.
- Outputs decide with :func:`shown_to` whether an audience may see it.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from msgspec import Struct
from sqlalchemy import select

from facilitator.core.db import Database
from facilitator.core.disclosure import Audience
from facilitator.core.errors import UserError
from facilitator.core.models import Person, Visit, VisitPhoto
from facilitator.core.participants.participation import latest_consents
from facilitator.core.records import get_live
from facilitator.i18n import translate

MAX_FILE_BYTES = 25 * 1024 * 1024  # what a phone camera makes, with room to spare
MAX_PIXELS = 60_000_000  # refused before decoding: a small file can claim a huge picture
LONG_SIDE = 2048  # enough to read a wage register, small enough to sync
QUALITY = 85


class PhotoRow(Struct, frozen=True):
    """One photo of a visit, without its file: what the list and the report need."""

    id: str
    item_key: str
    caption: str
    person_ids: tuple[str, ...]
    width: int
    height: int
    size: int


def clean_image(data: bytes) -> tuple[bytes, int, int]:
    """The picture re-encoded as a JPEG without any metadata: (bytes, width, height)."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # reportlab already depends on Pillow

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(data)) as source:
            if source.width * source.height > MAX_PIXELS:
                raise UserError(translate("Visits", "This picture is too large to keep."))
            upright = ImageOps.exif_transpose(source)
            upright.thumbnail((LONG_SIDE, LONG_SIDE))
            # Only the pixels are carried over: a new image has no info, EXIF, XMP or ICC of the original.
            pixels = Image.new("RGB", upright.size)
            pixels.paste(upright.convert("RGB"))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as exc:
        raise UserError(translate("Visits", "This file is not a picture that can be read: {0}").format(exc)) from exc
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=QUALITY, optimize=True)
    return out.getvalue(), pixels.width, pixels.height


def _check_consent(db: Database, person_ids: list[str]) -> None:
    with db.session() as session:
        people = {pid: get_live(session, Person, pid) for pid in person_ids}
        consents = latest_consents(session, person_ids)
    lacking = [people[pid] for pid in person_ids if not getattr(consents.get((pid, "photos")), "granted", False)]
    if lacking:
        raise UserError(
            translate(
                "Visits",
                "No consent to photos is recorded for {0}. Record it first, or keep the photo to places and "
                "things without people.",
            ).format(", ".join(person.name for person in lacking))
        )


def add_photo(
    db: Database, visit_id: str, source: Path, item_key: str = "", caption: str = "", person_ids: list[str] = ()
) -> VisitPhoto:
    """Copy a photo into the visit, cleaned of metadata; refused when someone in it has not consented."""
    people = list(dict.fromkeys(person_ids))
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                translate("Visits", "{name} is larger than {limit} MB; keep a smaller copy.").format(
                    name=source.name, limit=MAX_FILE_BYTES // (1024 * 1024)
                )
            )
        data = source.read_bytes()
    except OSError as exc:
        raise UserError(translate("Visits", "{0} cannot be read: {1}").format(source, exc.strerror or exc)) from exc
    _check_consent(db, people)
    content, width, height = clean_image(data)
    with db.session() as session:
        visit = get_live(session, Visit, visit_id)
        if item_key and item_key not in {item["name"] for item in visit.checklist.get("items", [])}:
            raise UserError(translate("Visits", "This visit's checklist has no item {0}.").format(item_key))
        photo = VisitPhoto(
            visit_id=visit_id, item_key=item_key, caption=caption.strip()[:2000], person_ids=people,
            media_type="image/jpeg", width=width, height=height, sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )  # fmt: skip
        session.add(photo)
    return photo


def photos(db: Database, visit_id: str, item_key: str | None = None) -> list[PhotoRow]:
    query = select(VisitPhoto).where(VisitPhoto.visit_id == visit_id, VisitPhoto.deleted.is_(False))
    if item_key is not None:
        query = query.where(VisitPhoto.item_key == item_key)
    with db.session() as session:
        return [
            PhotoRow(p.id, p.item_key, p.caption, tuple(p.person_ids), p.width, p.height, len(p.content))
            for p in session.scalars(query.order_by(VisitPhoto.created_at, VisitPhoto.id))
        ]


def content(db: Database, photo_id: str) -> bytes:
    with db.session() as session:
        return get_live(session, VisitPhoto, photo_id).content


def shown_to(photo: PhotoRow, audience: Audience) -> bool:
    """Whether an output for ``audience`` may show the photo: the facilitator's own outputs show what was
    consented to; anything shared beyond them (a supplier, the public) shows no person at all."""
    return audience is Audience.INTERNAL or not photo.person_ids
