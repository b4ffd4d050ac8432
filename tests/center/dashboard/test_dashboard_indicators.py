"""Indicators on the dashboard equal each province's own indicator tables (Σ/Σ), from real signed bundles."""

from __future__ import annotations

import pytest

from desktop.center.dashboard.indicators import completeness, indicator_ranking
from desktop.center.staff import Refused, StaffRole
from desktop.domain.indicators.definitions import INDICATORS, indicator
from desktop.indicators.service import IndicatorService
from tests.center.dashboard.conftest import NOW, SILENT, staff

CARRIED = [d.code for d in INDICATORS if not d.needs_histogram]


def _table(seeded, province, indicator_code, level, period, parent=None):
    return IndicatorService(seeded.provinces[province]).table(indicator_code, level, period, parent=parent)


@pytest.mark.parametrize("period", ["1405-07", "1405-H1", "1404"])
def test_provinces_values_completeness_and_ranks_equal_the_provinces_own_figures(seeded, period):
    for indicator_code in CARRIED:
        with seeded.center._sessions() as session:
            result = indicator_ranking(session, staff(), indicator_code, period)
        units = {unit.key: unit for unit in result.units}
        assert set(units) == {"ISF", "QOM", SILENT[0]}
        for code in seeded.provinces:
            (own,) = _table(seeded, code, indicator_code, "province", result.period).rows
            assert units[code].value == pytest.approx(own.value), (indicator_code, code)
            assert units[code].complete == own.complete
            assert (units[code].branches, units[code].complete_branches) == (own.branches, own.complete_branches)
        silent = units[SILENT[0]]
        assert silent.value is None and silent.rank is None and silent.insufficient  # never ranked, never zero
        complete = [u for u in result.units if u.complete and u.value is not None]
        direction = indicator(indicator_code).direction.value
        ordered = sorted(complete, key=lambda u: u.value, reverse=direction != "lower")
        assert [u.value for u in result.ranked] == [u.value for u in ordered]
        assert all(u.rank is None for u in result.units if not u.complete)


def test_the_dashboard_marks_no_province_best_or_worst_on_a_count_as_its_national_report(seeded):
    with seeded.center._sessions() as session:
        backlog = indicator_ranking(session, staff(), "backlog", "1405-H1")
        clearance = indicator_ranking(session, staff(), "clearance_rate", "1405-H1")
    assert len(backlog.ranked) >= 2 and not any(u.is_best or u.is_worst for u in backlog.units)
    assert len(clearance.ranked) < 2 or any(u.is_best or u.is_worst for u in clearance.units)


def test_drill_down_province_to_districts_to_branches_equals_the_provinces_own_tables(seeded):
    with seeded.center._sessions() as session:
        districts = indicator_ranking(session, staff(), "clearance_rate", "1405-H1", "QOM")
        own = {row.unit_id: row for row in _table(seeded, "QOM", "clearance_rate", "district",
                                                  districts.period).rows}
        assert districts.level == "district" and len(districts.units) == len(own) == 3
        for unit in districts.units:
            assert unit.value == pytest.approx(own[int(unit.key)].value)
            assert unit.rank == own[int(unit.key)].rank and unit.is_best == own[int(unit.key)].is_best
        first = int(districts.units[0].key)
        branches = indicator_ranking(session, staff(), "clearance_rate", "1405-H1", "QOM", first)
    own_branches = {row.unit_id: row for row in _table(seeded, "QOM", "clearance_rate", "branch", districts.period,
                                                       parent=("district", first)).rows}
    assert branches.level == "branch" and {int(u.key) for u in branches.units} == set(own_branches)
    for unit in branches.units:
        assert unit.value == pytest.approx(own_branches[int(unit.key)].value)
    assert [crumb.label for crumb in branches.crumbs][1:] == ["قم", districts.units[0].name]


def test_the_trend_marks_incomplete_months_and_equals_the_provinces_monthly_values(seeded):
    with seeded.center._sessions() as session:
        result = indicator_ranking(session, staff(), "backlog", "1405-07", "QOM")
    assert len(result.trend) == 12 and result.trend[-1].month.code == "1405-07"
    for point in result.trend:
        (own,) = _table(seeded, "QOM", "backlog", "province", point.month).rows
        assert point.complete == own.complete
        assert point.value == pytest.approx(own.value)


def test_the_national_trend_is_incomplete_while_a_province_sent_nothing(seeded):
    with seeded.center._sessions() as session:
        everyone = indicator_ranking(session, staff(), "incoming", "1405-07")
        two = indicator_ranking(session, staff(StaffRole.liaison, frozenset({"QOM", "ISF"})), "incoming", "1405-07")
    assert not any(point.complete for point in everyone.trend)  # the silent province leaves every month open
    for point, pair in zip(everyone.trend, two.trend, strict=True):
        owns = [_table(seeded, c, "incoming", "province", point.month).rows[0] for c in ("QOM", "ISF")]
        assert point.value == pair.value == pytest.approx(sum(o.value for o in owns))
        assert pair.complete == all(o.complete for o in owns)


def test_the_90th_percentile_is_not_carried_and_never_ranked(seeded):
    with seeded.center._sessions() as session:
        result = indicator_ranking(session, staff(), "p90_time_to_disposition", "1405-H1")
    assert not result.carried and all(u.value is None and u.rank is None for u in result.units)


def test_a_liaison_ranks_only_his_provinces_and_cannot_drill_into_another(seeded):
    liaison = staff(StaffRole.liaison, frozenset({"QOM"}))
    with seeded.center._sessions() as session:
        result = indicator_ranking(session, liaison, "backlog", "1405-07")
        assert [u.key for u in result.units] == ["QOM"]
        with pytest.raises(Refused):
            indicator_ranking(session, liaison, "backlog", "1405-07", "ISF")
        assert [c.code for c in completeness(session, liaison)] == ["QOM"]


def test_completeness_counts_each_provinces_branches_and_months(seeded):
    with seeded.center._sessions() as session:
        rows = {row.code: row for row in completeness(session, staff())}
    assert rows[SILENT[0]].months == 0 and rows[SILENT[0]].latest_month is None
    own = IndicatorService(seeded.provinces["QOM"]).coverage()
    assert (rows["QOM"].branches, rows["QOM"].complete_branches_latest) == (own.branches, own.complete)
    assert rows["QOM"].latest_month == own.period


def _bundle(key, sequence: int, previous: str, changes: list[dict], month: int, rows: list[dict]) -> bytes:
    from desktop.sync import canonical, frame

    return frame.encode({
        "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": "SMN", "sequence": sequence,
        "previous_hash": previous, "created_at": frame.utc_timestamp(NOW), "app_version": "0.1.0",
        "schema_version": "0006"}, [("changes.json", canonical.dumps({"changes": changes}), True),
                                    ("indicators.json", canonical.dumps({"months": [month], "rows": rows}), True)], key)


def test_a_month_sent_again_replaces_the_figures_shown_at_once(seeded):
    """Figures are kept per process until the province's next applied bundle: the next view shows the new ones."""
    from desktop.sync import frame
    from desktop.sync.keys import export_public, generate_private_key

    key = generate_private_key()
    seeded.center.register_province("SMN", "سمنان", export_public(key.public_key()))
    month = 16866  # Mehr 1405
    org = [{"id": 1, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u", "table": "district", "row_id": 1,
            "operation": "insert", "old": None, "new": {"code": "01", "name": "حوزه سمنان", "province_id": 1}},
           {"id": 2, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u", "table": "branch", "row_id": 7,
            "operation": "insert", "old": None, "new": {"code": "701", "name": "شعبه ۱", "district_id": 1}}]

    def rows(disposed: int) -> list[dict]:
        return [{"branch_id": 7, "month_index": month, "case_type": "", "source": "monthly", "incoming": 10,
                 "disposed": disposed, "pending_end": 5}]

    first = _bundle(key, 1, frame.GENESIS_HASH, org, month, rows(5))
    seeded.center.ingest(first)

    def value() -> float | None:
        with seeded.center._sessions() as session:
            ranking = indicator_ranking(session, staff(), "clearance_rate", "1405-07")
        return next(u for u in ranking.units if u.key == "SMN").value

    assert value() == pytest.approx(50.0)
    assert value() == pytest.approx(50.0)  # from the cache now
    seeded.center.ingest(_bundle(key, 2, frame.file_hash(first), [], month, rows(8)))
    assert value() == pytest.approx(80.0)


def test_a_year_still_running_says_the_month_its_figures_run_to_as_the_provinces_own_table_does(seeded):
    with seeded.center._sessions() as session:
        running = indicator_ranking(session, staff(), "incoming", "1405")
        whole = indicator_ranking(session, staff(), "incoming", "1405-H1")
    (own,) = _table(seeded, "QOM", "incoming", "province", running.period).rows
    assert running.through_month is not None
    assert running.through_month == _table(seeded, "QOM", "incoming", "province", running.period).through_month
    assert own.value is not None
    assert whole.through_month is None
