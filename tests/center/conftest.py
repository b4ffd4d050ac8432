"""Fixtures of the center tests: a center on SQLite, and on PostgreSQL when RASAD_TEST_POSTGRES_URL is set
(`make test` starts a throw-away server and sets it; see tools/postgres_for_tests.sh)."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from desktop.center.service import CenterService
from desktop.sync import canonical, frame
from desktop.sync.keys import export_public, generate_private_key

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
PG_URL = os.environ.get("RASAD_TEST_POSTGRES_URL")


@pytest.fixture(autouse=True)
def _province_overviews_of_this_test_only(monkeypatch):
    """The summaries' cache (desktop/center/plan_overview.py) starts empty for each test. It is keyed by the
    database's address and a province's last change id - sound for one center, whose change ids always mean the same
    rows - but a worker's PostgreSQL database is the same address for every test, its tables made again, so a test
    could be given another test's province with the same last change id (3 activities counted as 2)."""
    from desktop.center import plan_overview

    monkeypatch.setattr(plan_overview, "_cache", type(plan_overview._cache)())


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'center.db'}"
    if not PG_URL:
        pytest.skip("PostgreSQL center tests need RASAD_TEST_POSTGRES_URL (a database they may wipe)")
    from sqlalchemy import create_engine

    from desktop.center.models import metadata

    engine = create_engine(PG_URL)
    metadata.drop_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE IF EXISTS center_alembic_version")
    engine.dispose()
    return PG_URL


@pytest.fixture
def center_key():
    return generate_private_key()


@pytest.fixture
def service(engine_url, center_key):
    svc = CenterService(engine_url, center_key, clock=lambda: NOW)
    yield svc
    svc.close()


class Province:
    def __init__(self, code: str, key=None) -> None:
        self.code, self.key = code, key or generate_private_key()
        self.previous, self.sequence, self.next_change = frame.GENESIS_HASH, 0, 1

    def bundle(self, changes: int = 2, month: int = 1, *, sequence: int | None = None,
               previous: str | None = None, note: str = "") -> bytes:
        rows = []
        for _ in range(changes):
            rows.append({"id": self.next_change, "changed_at": "2026-11-01T08:00:00+00:00", "user_name": "u",
                         "table": "progress_update", "row_id": self.next_change, "operation": "insert",
                         "old": None, "new": {"percent": 50.0, "note": note or "پیشرفت"}})
            self.next_change += 1
        indicators = [{"month_index": month, "branch_code": "B1", "value": 0.5}]
        self.sequence += 1
        data = frame.encode({
            "payload_type": "progress", "bundle_id": frame.new_bundle_id(), "province": self.code,
            "sequence": self.sequence if sequence is None else sequence,
            "previous_hash": self.previous if previous is None else previous,
            "created_at": frame.utc_timestamp(NOW), "app_version": "0.1.0", "schema_version": "0003",
        }, [("changes.json", canonical.dumps({"changes": rows}), True),
            ("indicators.json", canonical.dumps({"months": [month], "rows": indicators}), False)], self.key)
        if sequence is None and previous is None:
            self.previous = frame.file_hash(data)
        return data


@pytest.fixture
def teh(service):
    province = Province("THR")
    service.register_province("THR", "تهران", export_public(province.key.public_key()))
    return province




def staff_headers(service: CenterService) -> dict[str, str]:
    """An Authorization header with a fresh staff token (desktop/center/auth.py)."""
    from desktop.center.auth import CenterAuth

    return {"Authorization": f"Bearer {CenterAuth(service.engine, service.clock).add_token('ستاد').token}"}


def signed(key, path: str, query: str = "") -> dict[str, str]:
    """The x-rasad-signature header of a GET of ``path?query`` signed by ``key`` at NOW."""
    from desktop.sync.request_auth import AUTH_HEADER, sign_request

    return {AUTH_HEADER: sign_request(key, "GET", path, query, int(NOW.timestamp()))}


@pytest.fixture(scope="session")
def national_center(tmp_path_factory):
    """A center fed by three demo provinces' real signed bundles, and more (tests/center/national_support.py):
    read by the national report's tests, built once."""
    from tests.center.national_support import build_center

    service, provinces, _clock = build_center(tmp_path_factory.mktemp("national"))
    yield service, {province.code: province for province in provinces}
    service.close()
