"""National progress on the dashboard equals each province's own overview, computed from real signed bundles."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.center.dashboard.progress import national_progress, province_progress
from desktop.center.staff import Refused, StaffRole
from desktop.clock import FixedClock
from desktop.domain.milestones import ComplianceStatus
from desktop.planning.dashboard import DashboardService
from desktop.store.models import Activity, ProgressUpdate
from desktop.sync.outbox import Outbox
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.dashboard.conftest import NOW, SILENT, TODAY, staff


def _own(seeded, code):
    return DashboardService(seeded.provinces[code], FixedClock(TODAY)).home_summary(TODAY)


def test_each_provinces_progress_milestones_and_drivers_equal_the_provinces_own_overview(seeded):
    with seeded.center._sessions() as session:
        result = national_progress(session, staff(), NOW, 14)
    views = {view.code: view for view in result.provinces}
    assert set(views) == {"ISF", "KRM", "QOM"}
    for code in seeded.provinces:
        own, center = _own(seeded, code), views[code].summary
        assert center is not None and own.overall.actual is not None
        assert center.overall == pytest.approx(own.overall)
        assert center.milestones == own.milestones
        assert center.driver_projects == own.driver_projects
        assert center.plans == own.plans
        assert (center.activity_count, center.finished_activity_count, center.solutions_without_program,
                center.unmeasurable_solutions) == (own.activity_count, own.finished_activity_count,
                                                   own.solutions_without_program, own.unmeasurable_solutions)
    assert views[SILENT[0]].summary is None and not views[SILENT[0]].has_plan


def test_national_figures_are_the_mean_of_the_provinces_with_data_and_count_the_silent_one_as_no_data(seeded):
    with seeded.center._sessions() as session:
        result = national_progress(session, staff(), NOW, 14)
    owns = [_own(seeded, code) for code in seeded.provinces]
    assert result.overall.actual == pytest.approx(sum(o.overall.actual for o in owns) / len(owns))
    assert result.provinces_with_value == 2
    for index, milestone in enumerate(result.milestones):
        statuses = [o.milestones[index].status for o in owns]
        assert sum(milestone.by_status.values()) == 3
        assert milestone.by_status[ComplianceStatus.NO_DATA.value] == 1 + statuses.count("no_data")
        values = [o.milestones[index].value for o in owns if o.milestones[index].value is not None]
        assert milestone.mean_value == (pytest.approx(sum(values) / len(values)) if values else None)
    first = result.drivers[0]
    own_first = [d for o in owns for d in o.driver_projects if d.code == str(first.number)]
    assert first.mean_actual == pytest.approx(sum(d.progress.actual for d in own_first) / len(own_first))


def test_a_liaison_sees_only_his_provinces_and_is_refused_another(seeded):
    liaison = staff(StaffRole.liaison, frozenset({"QOM"}))
    with seeded.center._sessions() as session:
        result = national_progress(session, liaison, NOW, 14)
        assert [view.code for view in result.provinces] == ["QOM"]
        assert result.overall.actual == pytest.approx(_own(seeded, "QOM").overall.actual)
        with pytest.raises(Refused):
            province_progress(session, liaison, "ISF", NOW, 14)
        assert province_progress(session, liaison, "QOM", NOW, 14).code == "QOM"


def test_a_new_bundle_changes_the_overview_shown_at_once(seeded):
    """The per-process cache is keyed by the province's last change: a bundle applied is seen on the next view."""

    with seeded.center._sessions() as session:
        before = national_progress(session, staff(), NOW, 14)
    database = seeded.provinces["QOM"]
    with database.session() as session:
        for activity_id in session.scalars(select_leaf_activities()).all():
            session.add(ProgressUpdate(activity_id=activity_id, reported_on=date(2026, 11, 22), percent=100.0))
    outbox = Outbox(database, seeded.clock.tick)
    entry = outbox.cut(seeded.keys["QOM"], "QOM", "0.1.0")
    assert read_receipt(seeded.center.ingest(outbox.data(entry.id)), seeded.center.public_key,
                        "QOM").verdict is Verdict.ACCEPTED
    with seeded.center._sessions() as session:
        after = national_progress(session, staff(), NOW, 14)
    qom_before = next(v for v in before.provinces if v.code == "QOM").summary
    qom_after = next(v for v in after.provinces if v.code == "QOM").summary
    assert qom_after.overall.actual > qom_before.overall.actual
    assert qom_after.overall == pytest.approx(_own(seeded, "QOM").overall)


def select_leaf_activities():
    parents = select(Activity.parent_id).where(Activity.parent_id.is_not(None))
    return select(Activity.id).where(Activity.id.not_in(parents))
