"""A large import's indicator months are sent in as many chained bundles as their rows take (CUT_INDICATOR_BYTES,
desktop/sync/payload.py): a large province's first bundle carried 97 MB of indicators.json, which the center
parsed with 813 MB at its peak, and the center could not refuse a bigger one without refusing that province.
Every month still arrives, once, its rows whole; the center refuses an indicators.json over its cap unparsed.

The province is the normal demo; an import batch spanning every month with figures is added, so the next bundle
owes all of them (about 2.2 MB of rows).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.center.models import NationalIndicator
from desktop.center.service import CenterService
from desktop.store.database import Database, open_database
from desktop.store.models import ImportBatch, IndicatorMonth, OutboxBundle
from desktop.sync import frame
from desktop.sync.errors import BadPartError
from desktop.sync.keys import export_public, fingerprint, generate_private_key
from desktop.sync.outbox import Outbox
from desktop.sync.progress_content import MAX_PART_BYTES, parse_progress
from desktop.sync.receipts import Verdict, read_receipt
from tests.demo_support import copy_demo

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PROVINCE = "QOM"
BUDGET = 300 * 1024  # about a sixth of the demo's rows: several bundles
LIMITS = {"max_bytes": 64 * 1024 * 1024, "max_uncompressed": 256 * 1024 * 1024}


@pytest.fixture
def key():
    return generate_private_key()


def _province(demo_province: Path, folder: Path) -> Database:
    database = open_database(copy_demo(demo_province, folder), create=False)
    with database.session() as session:
        first, last = session.execute(select(func.min(IndicatorMonth.month_index),
                                             func.max(IndicatorMonth.month_index))).one()
        session.add(ImportBatch(kind="cases", file_name="listing.csv", sha256="0" * 64, imported_by="دبیر",
                                first_month=first, last_month=last, rows_read=1, rows_written=1))
    return database


def _parts(outbox: Outbox, entry_id: int, key) -> dict[str, bytes]:  # noqa: ANN001
    return frame.verify(outbox.data(entry_id), public_keys={fingerprint(key.public_key()): key.public_key()},
                        expected_province=PROVINCE,
                        expected_payload_type="progress", **LIMITS).parts


def _indicators(parts: dict[str, bytes]) -> tuple[list[int], list[dict]]:
    body = json.loads(parts["indicators.json"])
    return body["months"], body["rows"]


def test_a_large_imports_months_go_in_chained_bundles_each_within_its_budget_and_all_arrive_once(
        demo_province: Path, tmp_path: Path, key) -> None:  # noqa: ANN001
    whole = _province(demo_province, tmp_path / "whole")
    [single] = Outbox(whole, lambda: NOW).cut_all(key, PROVINCE, "1.0.0")  # today's budget: one bundle
    all_months, all_rows = _indicators(_parts(Outbox(whole, lambda: NOW), single.id, key))
    assert len(all_months) > 12 and len(json.dumps(all_rows)) > 4 * BUDGET

    split = _province(demo_province, tmp_path / "split")
    outbox = Outbox(split, lambda: NOW, max_indicator_bytes=BUDGET)
    entries = outbox.cut_all(key, PROVINCE, "1.0.0")
    assert len(entries) >= 4
    months, rows = [], []
    for entry in entries:
        parts = _parts(outbox, entry.id, key)
        parse_progress(parts)  # what the center checks
        sent, sent_rows = _indicators(parts)
        months += sent
        rows += sent_rows
        one_month_more = max(len(json.dumps([r for r in sent_rows if r["month_index"] == m])) for m in sent)
        assert len(parts["indicators.json"]) <= BUDGET + one_month_more + 100
    assert months == all_months and rows == all_rows  # every month once, in order, its rows whole
    changes = [json.loads(_parts(outbox, entry.id, key)["changes.json"])["changes"] for entry in entries]
    assert changes[0] and not any(changes[1:])  # the later bundles carry indicators only
    assert all(entry.first_change_id == entry.last_change_id == entries[0].last_change_id for entry in entries[1:])
    assert [entry.previous_hash for entry in entries[1:]] == [entry.file_hash for entry in entries[:-1]]
    assert not outbox.has_unsent_changes() and outbox.cut_all(key, PROVINCE, "1.0.0") == []


def test_months_owed_survive_a_restart_between_two_cuts_and_are_told_as_unsent(
        demo_province: Path, tmp_path: Path, key) -> None:  # noqa: ANN001
    database = _province(demo_province, tmp_path / "p")
    first = Outbox(database, lambda: NOW, max_indicator_bytes=BUDGET).cut(key, PROVINCE, "1.0.0")
    assert first is not None
    database.close()  # the program closed after one bundle was cut
    reopened = open_database(database.path, create=False)
    outbox = Outbox(reopened, lambda: NOW, max_indicator_bytes=BUDGET)
    assert outbox.has_unsent_changes()  # the sync page does not say "nothing to send"
    rest = outbox.cut_all(key, PROVINCE, "1.0.0")
    sent_first, _ = _indicators(_parts(outbox, first.id, key))
    later = [month for entry in rest for month in _indicators(_parts(outbox, entry.id, key))[0]]
    assert rest and sorted(sent_first + later) == sent_first + later and not set(sent_first) & set(later)
    reopened.close()


def test_after_a_recut_the_months_of_the_removed_bundles_are_owed_again(
        demo_province: Path, tmp_path: Path, key) -> None:  # noqa: ANN001
    database = _province(demo_province, tmp_path / "p")
    outbox = Outbox(database, lambda: NOW, max_indicator_bytes=BUDGET)
    entries = outbox.cut_all(key, PROVINCE, "1.0.0")
    before = [_indicators(_parts(outbox, entry.id, key))[0] for entry in entries]
    with database.session() as session:  # the first acknowledged, the second refused for good
        rows = {row.sequence: row for row in session.scalars(select(OutboxBundle))}
        rows[1].state, rows[2].state, rows[2].reason = "acknowledged", "rejected", "missing part"
    outbox.recut()
    again = outbox.cut_all(key, PROVINCE, "1.0.0")
    after = [month for entry in again for month in _indicators(_parts(outbox, entry.id, key))[0]]
    assert after == [month for sent in before[1:] for month in sent]  # what the removed bundles carried


def test_the_center_applies_every_bundle_and_holds_every_month(demo_province: Path, tmp_path: Path, key) -> None:  # noqa: ANN001
    database = _province(demo_province, tmp_path / "p")
    outbox = Outbox(database, lambda: NOW, max_indicator_bytes=BUDGET)
    entries = outbox.cut_all(key, PROVINCE, "1.0.0")
    center_key = generate_private_key()
    center = CenterService(f"sqlite:///{tmp_path / 'center.db'}", center_key, clock=lambda: NOW)
    try:
        center.register_province(PROVINCE, "قم", export_public(key.public_key()))
        for entry in entries:
            receipt = read_receipt(center.ingest(outbox.data(entry.id)), center_key.public_key(), PROVINCE)
            assert receipt.verdict is Verdict.ACCEPTED, receipt.reason
        with center._sessions() as session:
            held = session.scalar(select(func.count()).select_from(NationalIndicator)
                                  .where(NationalIndicator.province == PROVINCE))
        with database.reading() as session:
            months = session.scalar(select(func.count(func.distinct(IndicatorMonth.month_index))))
        assert held == months
    finally:
        center.close()
        database.close()


def test_the_center_refuses_an_indicators_part_over_its_cap_before_parsing_it() -> None:
    cap = MAX_PART_BYTES["indicators.json"]
    huge = b'{"months":[1],"rows":[' + b" " * cap + b"]}"  # valid JSON a province would never cut
    with pytest.raises(BadPartError) as refused:
        parse_progress({"changes.json": b'{"changes":[]}', "indicators.json": huge})
    assert str(refused.value.params["reason"]).startswith(f"larger than {cap} bytes (a province cuts at most")
