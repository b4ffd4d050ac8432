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
