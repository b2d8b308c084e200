"""Versions of the minutes: canonical content, its fingerprint, issuing, approvals and amendments.

The fingerprint of minutes is the SHA-256 of their canonical JSON (keys sorted, no spaces, UTF-8): the
same content always has the same fingerprint and any change gives another.  Issuing freezes the
content of both audiences in a :class:`~facilitator.core.models.MinutesVersion`, so an issued version
is printed again from what was issued, byte for byte, whatever was edited since.  Participants answer
a version (approved, or an amendment requested), from a signed printout or a returned file that
carries the fingerprint; taking an amendment in means issuing the next version, with its reason.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from msgspec import Struct
from sqlalchemy import select

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.fingerprints import canonical, fingerprint
from facilitator.core.minutes.content import AUDIENCES, gather
from facilitator.core.models import Meeting, MinutesApproval, MinutesVersion, natural_id, utcnow
from facilitator.core.records import get_live
from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

DECISIONS = Vocabulary(
    "Minutes",
    {
        "approved": QT_TRANSLATE_NOOP("Minutes", "Approved"),
        "amendment_requested": QT_TRANSLATE_NOOP("Minutes", "Amendment requested"),
    },
)
SOURCES = Vocabulary(
    "Minutes",
    {
        "printout": QT_TRANSLATE_NOOP("Minutes", "Signed printout"),
        "file": QT_TRANSLATE_NOOP("Minutes", "Returned file"),
    },
)
_HEX64 = re.compile(rb"[0-9a-f]{64}")
MAX_RETURNED_FILE = 50 * 1024 * 1024


class Minutes(Struct, frozen=True):
    """The minutes of one audience as they are printed: the content, and which version it is."""

    content: dict[str, Any]
    fingerprint: str
    version: int | None  # None: a draft, not issued (or changed since the last issue)
    issued_at: datetime | None


def versions(db: Database, meeting_id: str) -> list[MinutesVersion]:
    """The issued versions of a meeting's minutes, first first.  Two laptops that issued the same number
    offline left two versions of that number (both may have been signed): both are here."""
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        query = select(MinutesVersion).where(MinutesVersion.meeting_id == meeting_id, MinutesVersion.deleted.is_(False))
        return sorted(session.scalars(query), key=lambda v: (v.number, v.issued_at, v.id))


def clashes(db: Database, meeting_id: str) -> list[int]:
    """The version numbers issued more than once, on laptops that had not synced in between: each of
    them went out under the same number with different words."""
    numbers = [version.number for version in versions(db, meeting_id)]
    return sorted({number for number in numbers if numbers.count(number) > 1})


def clash_notice(db: Database, meeting_id: str) -> str:
    """What to tell the user of :func:`clashes`, or "" when there are none."""
    numbers = clashes(db, meeting_id)
    if not numbers:
        return ""
    return translate(
        "Minutes",
        "Version {0} of these minutes was issued on two laptops with different words. Issue a new version "
        "that takes both in, and say so in its reason.",
    ).format(", ".join(map(str, numbers)))


def current(db: Database, meeting_id: str, audience: str) -> Minutes:
    """The minutes as they stand now; they carry the latest version's number when nothing changed since."""
    content = gather(db, meeting_id, audience)
    found = fingerprint(content)
    issued = versions(db, meeting_id)
    if issued and _fingerprint_of(issued[-1], audience) == found:
        return Minutes(content, found, issued[-1].number, issued[-1].issued_at)
    if issued and _unchanged_but_worded_anew(issued[-1], audience, content):
        return _as_issued(issued[-1], audience)
    return Minutes(content, found, None, None)


def _fingerprint_of(version: MinutesVersion, audience: str) -> str:
    return version.fingerprint if audience == "internal" else version.public_fingerprint


def _unchanged_but_worded_anew(version: MinutesVersion, audience: str, content: dict[str, Any]) -> bool:
    """Whether ``content`` is the version's but for the checks' details in other languages: an update of
    the app that words them in one more language (Hindi) or better changed no minutes, and the version
    stays the current one, printed as it was issued."""
    return _without_worded_details(json.loads(version.content)[audience]) == _without_worded_details(content)


def _without_worded_details(content: dict[str, Any]) -> dict[str, Any]:
    inclusion = content.get("inclusion", {})
    checks = [
        {key: value for key, value in check.items() if key != "detail_in"} for check in inclusion.get("checks", [])
    ]
    return {**content, "inclusion": {**inclusion, "checks": checks}}


def issued(db: Database, meeting_id: str, version: int | str, audience: str) -> Minutes:
    """An issued version exactly as it was issued, by its number or the first characters of its
    fingerprint (which tells apart two versions of one number issued on two laptops offline).  Eight
    characters or more are a fingerprint even when they are all digits, as one in a hundred begins."""
    if isinstance(version, str) and (not version.strip().isdigit() or len(version.strip()) >= 8):
        found = version_with(db, meeting_id, version)
    else:
        matches = [v for v in versions(db, meeting_id) if v.number == int(version)]
        if not matches:
            raise UserError(translate("Minutes", "These minutes have no version {0}.").format(version))
        if len(matches) > 1:
            raise UserError(
                translate(
                    "Minutes",
                    "Two versions {0} were issued on different laptops ({1}); name the one you mean by the "
                    "first characters of its fingerprint.",
                ).format(version, ", ".join(_fingerprint_of(v, audience)[:10] for v in matches))
            )
        [found] = matches
    return _as_issued(found, audience)


def _as_issued(version: MinutesVersion, audience: str) -> Minutes:
    """An issued version of one audience, as it was issued."""
    return Minutes(
        json.loads(version.content)[audience], _fingerprint_of(version, audience), version.number, version.issued_at
    )


def issue(db: Database, meeting_id: str, reason: str = "", at: datetime | None = None) -> MinutesVersion:
    """Freeze the minutes as they stand as the next version; refused when nothing changed since the last."""
    contents = {audience: gather(db, meeting_id, audience) for audience in AUDIENCES}
    prints = {audience: fingerprint(content) for audience, content in contents.items()}
    earlier = versions(db, meeting_id)
    if earlier and (
        earlier[-1].fingerprint == prints["internal"]
        or _unchanged_but_worded_anew(earlier[-1], "internal", contents["internal"])
    ):
        raise UserError(
            translate("Minutes", "Nothing has changed since version {0}; it stays the current one.").format(
                earlier[-1].number
            )
        )
    number = earlier[-1].number + 1 if earlier else 1
    with db.session() as session:
        version = MinutesVersion(
            # One record per number and content: the same version issued twice merges into one, two
            # different ones issued offline under one number both stay.
            id=natural_id("minutes_version", meeting_id, str(number), prints["internal"]),
            meeting_id=meeting_id,
            number=number,
            issued_at=(at or utcnow()).replace(microsecond=0),
            reason=reason.strip(),
            content=canonical(contents).decode("utf-8"),
            fingerprint=prints["internal"],
            public_fingerprint=prints["public"],
        )
        session.add(version)
    return version


def amend(db: Database, meeting_id: str, reason: str, at: datetime | None = None) -> MinutesVersion:
    """Issue the next version because an amendment was taken in; the reason says which."""
    if not versions(db, meeting_id):
        raise UserError(translate("Minutes", "There is no issued version to amend yet; issue the minutes first."))
    if not reason.strip():
        raise UserError(translate("Minutes", "Say what the amendment changes."))
    return issue(db, meeting_id, reason, at)


def version_with(db: Database, meeting_id: str, found: str) -> MinutesVersion:
    """The version whose internal or public fingerprint starts with ``found`` (as typed from a printout:
    at least 8 characters)."""
    found = found.strip().lower()
    if len(found) < 8 or not re.fullmatch(r"[0-9a-f]+", found):
        raise UserError(translate("Minutes", "Type at least the first 8 characters of the fingerprint."))
    matches = [
        v for v in versions(db, meeting_id) if v.fingerprint.startswith(found) or v.public_fingerprint.startswith(found)
    ]
    if not matches:
        raise UserError(
            translate("Minutes", "No issued version of these minutes has the fingerprint {0}.").format(found)
        )
    return matches[0]


def fingerprint_in_file(db: Database, meeting_id: str, path: Path) -> MinutesVersion:
    """The version a returned file (its PDF or JSON) is of, found by the fingerprint it carries."""
    try:
        if path.stat().st_size > MAX_RETURNED_FILE:
            raise UserError(translate("Minutes", "{0} is too large to be returned minutes.").format(path))
        data = path.read_bytes()
    except OSError as error:
        raise UserError(translate("Minutes", "Cannot read {0}: {1}").format(path, error.strerror or error)) from error
    known = {v.fingerprint: v for v in versions(db, meeting_id)} | {
        v.public_fingerprint: v for v in versions(db, meeting_id)
    }
    for match in _HEX64.finditer(data):
        version = known.get(match.group().decode("ascii"))
        if version is not None:
            return version
    raise UserError(
        translate("Minutes", "{0} carries no fingerprint of an issued version of these minutes.").format(path)
    )


def record_approval(
    db: Database,
    meeting_id: str,
    version: MinutesVersion,
    by: str,
    decision: str = "approved",
    source: str = "printout",
    comment: str = "",
    at: datetime | None = None,
) -> MinutesApproval:
    """A participant's answer to a version; an amendment request needs to say what to change."""
    DECISIONS.require(decision, translate("Minutes", "decision"))
    SOURCES.require(source, translate("Minutes", "source"))
    if not by.strip():
        raise UserError(translate("Minutes", "Say who approved or asked for the amendment."))
    if decision == "amendment_requested" and not comment.strip():
        raise UserError(translate("Minutes", "Say what the amendment asks to change."))
    with db.session() as session:
        approval = MinutesApproval(
            meeting_id=meeting_id,
            version_id=version.id,
            decision=decision,
            by=by.strip(),
            at=at or utcnow(),
            source=source,
            comment=comment.strip(),
        )
        session.add(approval)
    return approval


def approvals(db: Database, meeting_id: str) -> list[MinutesApproval]:
    with db.session() as session:
        query = select(MinutesApproval).where(
            MinutesApproval.meeting_id == meeting_id, MinutesApproval.deleted.is_(False)
        )
        return sorted(session.scalars(query), key=lambda a: (a.at, a.id))
