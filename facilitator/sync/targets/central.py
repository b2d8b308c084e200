"""The central store: an organisation's PostgreSQL, holding each team's change log (psycopg 3).

The connection URL is used as given, so TLS settings (``sslmode=verify-full``, ``sslrootcert=…``)
and any other libpq option pass straight through; a ``postgresql://`` URL gets the psycopg driver.
The store's tables are made, and later migrated, by its own Alembic migrations.  A team's changes
are numbered under a lock on the team's row, so a laptop that has read up to number N has read
everything committed before N, and never misses a change that a slower push commits later.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, Connection, Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.i18n import translate
from facilitator.sync import central, schema
from facilitator.sync.log import ChangeRow
from facilitator.sync.state import TargetState
from facilitator.sync.targets import Progress, Pull

PAGE = 10_000
DEFAULT_TEAM = "default"


def database_url(text: str) -> URL:
    """The user's URL with the psycopg driver; every option in it is kept."""
    try:
        url = make_url(text.strip())
    except ArgumentError as exc:
        raise UserError(translate("Sync", "This is not a database URL: {0}").format(text)) from exc
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise UserError(translate("Sync", "The central store must be PostgreSQL (postgresql://…)."))
    return url.set(drivername="postgresql+psycopg")


def _plain(error: Exception) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


class CentralTarget:
    """A team's share of a central PostgreSQL database."""

    kind = "database"

    def __init__(self, url: str, team: str = DEFAULT_TEAM) -> None:
        self.url = database_url(url)
        self.team = " ".join(team.split()) or DEFAULT_TEAM
        # Where it is, without the password (which is never kept): the key and what the user sees.
        self.location = self.url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
        self.key = "database:" + hashlib.sha256(f"{self.location}#{self.team}".encode()).hexdigest()[:16]
        try:
            self.engine: Engine = create_engine(self.url, pool_pre_ping=True)
            self._prepare()
        except NoSuchModuleError as exc:
            raise UserError(translate("Sync", "The PostgreSQL driver (psycopg) is not installed.")) from exc
        except (OperationalError, DBAPIError) as exc:
            raise UserError(
                translate("Sync", "The central database cannot be reached: {0}").format(_plain(exc))
            ) from exc

    def _prepare(self) -> None:
        """Create or migrate the store's tables; refuse a store set up by a newer version."""
        revision = central.current_revision(self.engine)
        if revision is not None and not central.known(revision):
            raise UserError(translate("Sync", "The central database was set up by a newer version of Facilitator."))
        if revision != central.head_revision():
            central.upgrade(self.engine)
        with self.engine.begin() as connection:
            connection.execute(
                pg_insert(central.team).values(name=self.team).on_conflict_do_nothing(index_elements=["name"])
            )
            self.team_id = connection.scalar(select(central.team.c.id).where(central.team.c.name == self.team))

    def close(self) -> None:
        self.engine.dispose()

    def _guarded(self, step):
        try:
            return step()
        except (OperationalError, DBAPIError) as exc:
            raise UserError(
                translate("Sync", "The central database stopped answering: {0}").format(_plain(exc))
            ) from exc

    # -- reading ---------------------------------------------------------------------------------

    def pull(self, db: Database, state: TargetState, progress: Progress) -> Pull:
        return self._guarded(lambda: self._pull(state, progress))

    def _pull(self, state: TargetState, progress: Progress) -> Pull:
        pull = Pull(cursor=state.cursor)
        c = central.change.c
        with self.engine.connect() as connection:
            total = connection.scalar(select(func.count()).where(c.team_id == self.team_id, c.seq > state.cursor))
            while True:
                rows = connection.execute(
                    select(c.seq, c.table_name, c.row_id, c.field, c.hlc, c.base, c.value, c.scope, c.schema)
                    .where(c.team_id == self.team_id, c.seq > pull.cursor)
                    .order_by(c.seq)
                    .limit(PAGE)
                ).all()
                for row in rows:
                    if not schema.is_known(row.schema):
                        pull.warnings.append(
                            translate(
                                "Sync",
                                "The central database holds changes from a newer version of Facilitator."
                                " Update this laptop to receive them.",
                            )
                        )
                        return self._with_devices(connection, pull)
                    pull.changes.append(ChangeRow(*row[1:8]))
                    pull.cursor = row.seq
                progress(
                    translate("Sync", "Reading {0} of {1} changes").format(len(pull.changes), total),
                    len(pull.changes),
                    total,
                )
                if len(rows) < PAGE:
                    return self._with_devices(connection, pull)

    def _with_devices(self, connection: Connection, pull: Pull) -> Pull:
        seen = {change.device for change in pull.changes}
        d = central.device.c
        for device_id, name in connection.execute(select(d.device_id, d.name).where(d.team_id == self.team_id)):
            if device_id in seen:
                pull.devices[device_id] = name
        return pull

    def after_merge(self, connection: Connection, db: Database, state: TargetState, pull: Pull) -> None:
        state.cursor, state.team = pull.cursor, self.team

    # -- writing ---------------------------------------------------------------------------------

    def push(
        self, db: Database, state: TargetState, changes: list[ChangeRow], device_name: str, progress: Progress
    ) -> int:
        return self._guarded(lambda: self._push(db, state, changes, device_name, progress))

    def _push(
        self, db: Database, state: TargetState, changes: list[ChangeRow], device_name: str, progress: Progress
    ) -> int:
        c, t = central.change.c, central.team.c
        revision = schema.current()
        with self.engine.begin() as connection:
            last = connection.scalar(select(t.last_seq).where(t.id == self.team_id).with_for_update())
            statement = pg_insert(central.change).on_conflict_do_nothing(
                index_elements=["team_id", "table_name", "row_id", "field", "hlc"]
            )
            for start in range(0, len(changes), PAGE):
                part = changes[start : start + PAGE]
                connection.execute(
                    statement,
                    [
                        _central_row(self.team_id, last + start + number + 1, change, revision)
                        for number, change in enumerate(part)
                    ],
                )
                progress(
                    translate("Sync", "Sending {0} of {1} changes").format(start + len(part), len(changes)),
                    start + len(part),
                    len(changes),
                )
            stored = connection.scalar(select(func.count()).where(c.team_id == self.team_id, c.seq > last))
            newest = connection.scalar(select(func.max(c.seq)).where(c.team_id == self.team_id)) or last
            connection.execute(update(central.team).where(t.id == self.team_id).values(last_seq=newest))
            self._seen(connection, db.device_id, device_name)
        if state.cursor == last:  # nobody pushed since this laptop read: its own changes need not come back
            state.cursor = newest
        return stored

    def _seen(self, connection: Connection, device_id: str, name: str) -> None:
        statement = pg_insert(central.device).values(
            team_id=self.team_id, device_id=device_id, name=name, last_seen=datetime.now(UTC)
        )
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=["team_id", "device_id"],
                set_={"name": statement.excluded.name, "last_seen": statement.excluded.last_seen},
            )
        )


def _central_row(team_id: int, seq: int, change: ChangeRow, revision: str) -> dict[str, object]:
    return {
        "team_id": team_id,
        "seq": seq,
        "table_name": change.table,
        "row_id": change.row_id,
        "field": change.field,
        "hlc": change.hlc,
        "base": change.base,
        "value": change.value,
        "scope": change.scope,
        "schema": revision,
    }
