"""Approval status and figures are read in read transactions: a check never waits for (nor is refused beside) a
write transaction, here one held open in the same thread, where a second write session is refused at once."""

from __future__ import annotations

from sqlalchemy import text

from tests.approvals.conftest import ABAN, Province, province  # noqa: F401 (fixture)


def test_the_approval_reads_run_while_a_write_transaction_is_open(province: Province) -> None:  # noqa: F811
    province.approve()
    service = province.approvals()
    with province.services.database.session() as writing:
        writing.execute(text("SELECT 1"))  # the write lock is taken
        assert service.status(ABAN).state.value == "approved"
        assert [p.period for p in service.periods(1405)][0].code == "1405-H1"
        assert service.records([ABAN])[0].state.value == "approved"
        assert service.frozen_figures(ABAN) is not None
        assert service.changes_since_approval(ABAN) == []


def test_the_audit_events_are_read_while_a_write_transaction_is_open(province: Province) -> None:  # noqa: F811
    with province.services.database.session() as writing:
        writing.execute(text("SELECT 1"))  # the write lock is taken
        assert province.services.audit.events() == []
