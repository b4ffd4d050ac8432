"""A center fed by real signed bundles of small demo provinces (the demo generator, the province's outbox), for
the national report's tests. Built once per session: reading it is all the tests do."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from desktop.clock import FixedClock
from desktop.demo.generator import NORMAL, generate_demo
from desktop.domain.access import Principal, Role
from desktop.domain.jalali import JalaliPeriod
from desktop.store.database import Database, open_database
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.outbox import Outbox

TODAY = date(2026, 11, 23)  # 2 Azar 1405: 1405-H1 is over
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PERIOD = JalaliPeriod.parse("1405-H1")
CHIEF = Principal("رئیس کل", Role.CHIEF_JUSTICE, login="chief")
SECRETARY = Principal("دبیر", Role.SECRETARY, login="secretary")


@dataclass
class DemoProvince:
    code: str
    name: str
    database: Database
    approved: bool
    incomplete: bool


def make_province(folder: Path, code: str, name: str, seed: int, *, approve: bool = False,
                  add_branch_without_statistics: bool = False, approved_on: date = TODAY) -> DemoProvince:
    """A small demo province (a dozen branches, a few cases per branch-month), optionally with 1405-H1 approved by
    its chief justice (on ``approved_on``), or with one branch that never sent statistics (so the province is
    incomplete)."""
    database = open_database(folder / f"{code}.sqlite3")
    scale = replace(NORMAL, name="small", province_code=code, province_name=name, branches=12, activities=60,
                    evidence_files=0, cases_per_branch_month=4.0)
    generate_demo(database, scale=scale, seed=seed, as_of=TODAY)
    if add_branch_without_statistics:
        from sqlalchemy import select

        from desktop.store.models import Branch, District

        with database.session(user_name="دبیر") as session:
            district = session.scalars(select(District).order_by(District.id)).first()
            session.add(Branch(district_id=district.id, code=f"{code}-NEW", name="شعبه تازه", unit_type="حقوقی"))
    if approve:
        from contextlib import nullcontext
        from unittest.mock import patch

        from desktop.approvals.service import ApprovalService

        # A period is submitted only once it is over; a half-year approved while under way (by a Rasad before that
        # rule) still reaches the center in bundles, and its snapshot describes the day of approval.
        legacy = patch("desktop.approvals.service.ensure_over") if approved_on <= PERIOD.end else nullcontext()
        with legacy:
            ApprovalService(database, FixedClock(approved_on), principal=SECRETARY).submit(PERIOD)
            ApprovalService(database, FixedClock(approved_on), principal=CHIEF).approve(PERIOD)
    return DemoProvince(code, name, database, approve, add_branch_without_statistics)


def feed_center(service, provinces: list[DemoProvince]) -> None:  # noqa: ANN001 - a CenterService
    """Register each province's key and ingest its real signed bundle (verified by the center as in production)."""
    for province in provinces:
        key = generate_private_key()
        service.register_province(province.code, province.name, export_public(key.public_key()))
        outbox = Outbox(province.database, lambda: NOW)
        entry = outbox.cut(key, province.code, "0.1.0")
        service.ingest(outbox.data(entry.id))


class MovableClock:
    """The center's clock, set by the test (a directive issued inside the half-year, a province registered long
    ago)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def build_center(folder: Path, url: str | None = None):  # noqa: ANN201 - (CenterService, provinces, clock)
    """A center with three demo provinces (QOM approved 1405-H1; YZD with a branch that never sent statistics;
    SMN plain), one province (ILM) whose only bundles were held or refused, one (KRM) that never sent anything
    (stale), and a directive issued to QOM during the half-year."""
    from datetime import timedelta

    from desktop.center.service import CenterService
    from desktop.sync.directive_content import DeadlineDirective, Directives
    from tests.center.conftest import Province as SyntheticProvince

    provinces = [make_province(folder, "QOM", "قم", 1403, approve=True),
                 make_province(folder, "SMN", "سمنان", 11),
                 make_province(folder, "YZD", "یزد", 7, add_branch_without_statistics=True)]
    clock = MovableClock(NOW - timedelta(days=60))
    service = CenterService(url or f"sqlite:///{folder / 'center.db'}", generate_private_key(), clock=clock)
    service.register_province("KRM", "کرمان", export_public(generate_private_key().public_key()))
    clock.now = NOW
    feed_center(service, provinces)
    clock.now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # 11 Khordad 1405: inside 1405-H1
    service.issue_directive("QOM", Directives(note="مهلت", deadlines=(
        DeadlineDirective(code="D1", title="ارسال آمار", due_on=date(2026, 7, 1), note=""),)))
    clock.now = NOW
    ilam = SyntheticProvince("ILM")
    service.register_province("ILM", "ایلام", export_public(ilam.key.public_key()))
    service.ingest(ilam.bundle(sequence=3))  # held: waits for 1 and 2
    service.ingest(ilam.bundle(sequence=1, previous="f" * 64))  # refused: not the chain's start
    return service, provinces, clock
