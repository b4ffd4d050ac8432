"""Snapshots approved before a unit without statistics of its own had no value for the period's flows (version
1 wrote 0) do not read as changed because that 0 is now "unknown"; any other change still does."""

from __future__ import annotations

from desktop.approvals.snapshot import differences


def _figures(version: int, value: float | None) -> dict:
    return {"version": version, "indicators": {"incoming": {"branch": {"B4": {"name": "شعبه چهار", "value": value}}}}}


def test_a_version_1_zero_for_an_unknown_month_is_not_a_change() -> None:
    assert differences(_figures(1, 0), _figures(2, None)) == []


def test_other_changes_of_a_version_1_snapshot_still_show() -> None:
    assert [d.key for d in differences(_figures(1, 0), _figures(2, 5))] == ["indicators/incoming/branch/B4"]
    assert [d.key for d in differences(_figures(1, 3), _figures(2, None))] == ["indicators/incoming/branch/B4"]


def test_in_a_version_2_snapshot_zero_and_unknown_differ() -> None:
    assert [d.key for d in differences(_figures(2, 0), _figures(2, None))] == ["indicators/incoming/branch/B4"]
