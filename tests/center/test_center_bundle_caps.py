"""A signed bundle of more changes than any province cuts into one (desktop/sync/progress_content.py) is refused
whole with a receipt saying why, before anything is stored: one province cannot hold the center's writer for
minutes or make it parse hundreds of megabytes of JSON."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.center.models import NationalChange
from desktop.sync import progress_content
from desktop.sync.progress_content import CUT_CHANGES, MAX_CHANGES
from desktop.sync.receipts import Verdict, read_receipt
from tests.center.test_center_namespaces_and_refusals import _flags, _signed


def _tiny(change_id: int) -> dict:
    return {"id": change_id, "changed_at": "", "user_name": "", "table": "t", "row_id": change_id,
            "operation": "delete", "old": None, "new": None}


def _stored(service) -> int:
    with service._sessions() as session:
        return session.scalar(select(func.count()).select_from(NationalChange))


def test_a_bundle_of_more_changes_than_a_province_cuts_is_refused_saying_why(service, teh):
    receipt = read_receipt(service.ingest(_signed(teh, [_tiny(i) for i in range(1, MAX_CHANGES + 2)])),
                           service.public_key, "THR")
    assert receipt.verdict is Verdict.REJECTED
    assert f"more than {MAX_CHANGES} changes (a province cuts at most {CUT_CHANGES}" in receipt.reason
    assert _flags(service, "THR") == ["malformed"] and _stored(service) == 0


def test_a_bundle_of_as_many_changes_as_a_province_cuts_is_applied(service, teh):
    receipt = read_receipt(service.ingest(_signed(teh, [_tiny(i) for i in range(1, CUT_CHANGES + 1)])),
                           service.public_key, "THR")
    assert receipt.verdict is Verdict.ACCEPTED and _stored(service) == CUT_CHANGES


def test_a_changes_part_larger_than_a_province_cuts_is_refused_before_it_is_parsed(service, teh, monkeypatch):
    monkeypatch.setattr(progress_content, "MAX_CHANGES_BYTES", 1000)
    parsed = []
    monkeypatch.setattr(progress_content, "strict_json", lambda *args: parsed.append(args))
    receipt = read_receipt(service.ingest(_signed(teh, [_tiny(i) for i in range(1, 30)])), service.public_key, "THR")
    assert receipt.verdict is Verdict.REJECTED and "changes.json" in receipt.reason
    assert "larger than 1000 bytes" in receipt.reason and parsed == [] and _stored(service) == 0
