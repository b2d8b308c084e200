"""The ledger's state machine under random scripts: only valid steps are taken, and history only grows."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.core.errors import UserError
from facilitator.core.ledger import entries
from facilitator.core.ledger.status import INITIAL, STATUSES, TRANSITIONS, allowed
from facilitator.core.models import Organisation

STEPS = st.lists(
    st.tuples(st.sampled_from(list(STATUSES)), st.integers(0, 40), st.booleans(), st.booleans()), max_size=25
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=STEPS)
def test_only_valid_transitions_and_an_append_only_history(new_database, tmp_path_factory, script) -> None:
    db = new_database(Path(tmp_path_factory.mktemp("ledger")))
    with db.session() as session:
        org = Organisation(name="Bundi Sandstone Quarries")
        session.add(org)
    later = _later_visit(db)
    entry = entries.add(db, "Masks for every driller", "Aditi", today=date(2023, 1, 1), owner_organisation_id=org.id)
    expected = [INITIAL]
    day = date(2023, 1, 1)
    for status, gap, with_evidence, with_verification in script:
        seen = [(c.id, c.status, c.changed_on, c.reason) for c in entries.history(db, entry.id)]
        when = day + timedelta(days=gap)
        kwargs = {
            "evidence": "Photo of the masks" if with_evidence else "",
            "verified_visit_id": later if with_verification else None,
        }
        valid = (
            allowed(expected[-1], status)
            and (status != "done" or with_evidence)
            and (status != "verified" or with_verification)
        )
        try:
            entries.change_status(db, entry.id, status, "Esther", "Seen on site", changed_on=when, **kwargs)
        except UserError:
            assert not valid, (expected[-1], status)
        else:
            assert valid, (expected[-1], status)
            expected.append(status)
            day = when
        after = [(c.id, c.status, c.changed_on, c.reason) for c in entries.history(db, entry.id)]
        assert after[: len(seen)] == seen  # nothing before was changed or removed
        assert len(after) - len(seen) in (0, 1)
    history = entries.history(db, entry.id)
    assert [c.status for c in history] == expected
    assert all(b in TRANSITIONS[a] for a, b in itertools.pairwise(expected))
    assert [c.changed_on for c in history] == sorted(c.changed_on for c in history)
    (row,) = entries.rows(db, today=date(2030, 1, 1))
    assert row.status == expected[-1] and len(row.history) == len(expected)
    db.close()


def _later_visit(db) -> str:
    from datetime import datetime

    from facilitator.core.visits import visits

    return visits.plan(db, "Dabi", datetime(2023, 6, 1, 9), datetime(2023, 6, 1, 12), "Asia/Kolkata").id
