"""A center over REAL signed bundles: demo provinces generated, cut by their own outbox and ingested (module-wide:
the set-up takes a few seconds). The province databases stay open so tests compute the same figures the
province's own services give — independently of the center's code."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.center.service import CenterService
from desktop.center.staff import StaffContext, StaffRole
from desktop.demo import names
from desktop.demo.generator import DemoScale, generate_demo
from desktop.store.database import Database, open_database
from desktop.sync.keys import export_public, generate_private_key
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
#: Two small provinces with plans, progress and case listings; a third registered one never sent anything.
SCALES = (DemoScale("qom", "QOM", "قم", names.QOM_DISTRICTS[:3], 9, 40, 0, 4.0),
          DemoScale("isf", "ISF", "اصفهان", names.QOM_DISTRICTS[3:5], 6, 30, 0, 3.0))
SILENT = ("KRM", "کرمان")


class Clock:
    """The center's clock, moved on by a test (a bundle received after a directive was issued)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@dataclass
class Seeded:
    center: CenterService
    provinces: dict[str, Database]
    keys: dict[str, object]
    clock: Clock


def staff(role: StaffRole = StaffRole.admin, provinces: frozenset[str] | None = None,
          user: str = "ستاد") -> StaffContext:
    return StaffContext(account_id=1, user_name=user, display_name=user, role=role, provinces=provinces,
                        session_id="s", csrf_token="t")


def audited(seeded: Seeded) -> list[tuple[str, str, str, str]]:
    """(user, action, target, outcome) of every audit row, newest first."""
    from desktop.center.staff.audit import latest

    with seeded.center._sessions() as session:
        return [(e.user_name, e.action, e.target, e.outcome) for e in latest(session, 1000)]


_TEMPLATE: dict[str, object] = {}


def _template(folder: Path) -> tuple[Path, object, dict[str, object]]:
    """The seeded databases, made once per run (generating the demo provinces is the slow part); each caller
    works on its own copy. Returns (folder, the center's key, the provinces' keys)."""
    if not _TEMPLATE:
        center_key = generate_private_key()
        center = CenterService(f"sqlite:///{folder / 'center.sqlite3'}", center_key, clock=lambda: NOW)
        keys = {}
        for seed, scale in enumerate(SCALES, start=1403):
            with open_database(folder / f"{scale.province_code}.sqlite3") as database:
                generate_demo(database, scale=scale, seed=seed, as_of=TODAY)
                key = generate_private_key()
                center.register_province(scale.province_code, scale.province_name, export_public(key.public_key()))
                outbox = Outbox(database, lambda: NOW)
                entry = outbox.cut(key, scale.province_code, "0.1.0")
                receipt = read_receipt(center.ingest(outbox.data(entry.id)), center.public_key, scale.province_code)
                assert receipt.verdict is Verdict.ACCEPTED, receipt.reason
                keys[scale.province_code] = key
        center.register_province(SILENT[0], SILENT[1], export_public(generate_private_key().public_key()))
        center.close()
        _TEMPLATE.update(folder=folder, center_key=center_key, keys=keys)
    return _TEMPLATE["folder"], _TEMPLATE["center_key"], _TEMPLATE["keys"]  # type: ignore[return-value]


def seed_real_provinces(folder: Path, template: Path | None = None) -> Seeded:
    """A center over real signed bundles in ``folder`` (a copy of the run's template; close it with
    :func:`close`)."""
    source, center_key, keys = _template(template or Path(tempfile.mkdtemp(prefix="rasad-dashboard-template-")))
    for path in source.glob("*.sqlite3"):
        shutil.copy2(path, folder / path.name)
    clock = Clock()
    center = CenterService(f"sqlite:///{folder / 'center.sqlite3'}", center_key, clock=clock)
    databases = {code: open_database(folder / f"{code}.sqlite3") for code in keys}
    return Seeded(center, databases, dict(keys), clock)


def close(seeded: Seeded) -> None:
    for database in seeded.provinces.values():
        database.close()
    seeded.center.close()


@pytest.fixture(scope="session")
def dashboard_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory.mktemp("center-dashboard-template"))[0]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, dashboard_template: Path) -> Iterator[Seeded]:
    result = seed_real_provinces(tmp_path_factory.mktemp("center-dashboard"), dashboard_template)
    yield result
    close(result)


def plan_unreadable_for(monkeypatch: pytest.MonkeyPatch, province_name: str) -> None:
    """Make ``province_name``'s stored plan unreadable to the center: its summary raises an error no one foresaw
    (as a row stored before the content check could), and the summaries' cache starts empty."""
    from desktop.center import plan_overview

    summarise = plan_overview.summarise

    def failing(structure, name, on):  # noqa: ANN001, ANN202
        if name == province_name:
            raise ZeroDivisionError("a plan no one foresaw")
        return summarise(structure, name, on)

    monkeypatch.setattr(plan_overview, "summarise", failing)
    monkeypatch.setattr(plan_overview, "_cache", type(plan_overview._cache)())
