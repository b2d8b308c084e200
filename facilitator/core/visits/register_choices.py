"""The organisations of the register, as a visit's supplier or a ledger entry's owner is chosen from them."""

from __future__ import annotations

from sqlalchemy import select

from facilitator.core.db import Database
from facilitator.core.models import Organisation


def organisations(db: Database) -> list[tuple[str, str]]:
    """(id, name) of every organisation in the register, by name."""
    query = select(Organisation.id, Organisation.name).where(Organisation.deleted.is_(False))
    with db.session() as session:
        return [(row[0], row[1]) for row in session.execute(query.order_by(Organisation.name))]
