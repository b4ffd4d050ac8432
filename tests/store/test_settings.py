"""Database-scoped settings hold JSON values."""

from __future__ import annotations

import pytest

from desktop.store.settings import delete_setting, get_setting, set_setting


def test_a_setting_round_trips_any_json_value(db) -> None:
    profile = {"code": "KH", "name": "خراسان رضوی", "districts": [1, 2], "active": True, "ratio": 0.5}
    with db.session() as session:
        set_setting(session, "province_profile", profile)
        set_setting(session, "nothing", None)
    with db.session() as session:
        assert get_setting(session, "province_profile") == profile
        assert get_setting(session, "nothing", "default") is None


def test_a_missing_setting_gives_the_default(db) -> None:
    with db.session() as session:
        assert get_setting(session, "absent") is None
        assert get_setting(session, "absent", 7) == 7


def test_setting_again_replaces_and_deleting_removes(db) -> None:
    with db.session() as session:
        set_setting(session, "year", 1402)
    with db.session() as session:
        set_setting(session, "year", 1403)
    with db.session() as session:
        assert get_setting(session, "year") == 1403
        delete_setting(session, "year")
    with db.session() as session:
        assert get_setting(session, "year", "gone") == "gone"


def test_a_value_json_cannot_hold_is_refused(db) -> None:
    with pytest.raises(TypeError), db.session() as session:
        set_setting(session, "bad", object())


def test_office_hours_default_until_set_and_then_round_trip(db) -> None:
    from datetime import time

    from desktop.domain.indicators.office_hours import DEFAULT_OFFICE_HOURS, OfficeHours
    from desktop.store.settings import OFFICE_HOURS_KEY, get_office_hours, set_office_hours

    with db.session() as session:
        assert get_office_hours(session) == DEFAULT_OFFICE_HOURS
        days = list(DEFAULT_OFFICE_HOURS.days)
        days[3] = None  # Thursday closed
        set_office_hours(session, OfficeHours(tuple(days)))
    with db.session() as session:
        assert get_setting(session, OFFICE_HOURS_KEY)["thursday"] is None
        assert get_setting(session, OFFICE_HOURS_KEY)["saturday"] == ["07:30", "14:30"]
        assert get_office_hours(session).hours_on(3) is None
        assert get_office_hours(session).hours_on(5) == (time(7, 30), time(14, 30))
