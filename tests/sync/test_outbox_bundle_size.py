"""A long run of unsent changes is cut into several chained bundles, each within what the center accepts
(desktop/sync/progress_content.py CUT_CHANGES, CUT_CHANGES_BYTES): a province that worked offline for a year still
gets every change across, and the center never has to parse one huge bundle."""

from __future__ import annotations

import json

from desktop.sync import frame
from desktop.sync.outbox import Outbox
from desktop.sync.progress_content import CUT_CHANGES, CUT_CHANGES_BYTES, MAX_CHANGES, MAX_CHANGES_BYTES
from tests.sync.test_outbox import NOW, PROVINCE, _add_meeting, _change_ids, db, key  # noqa: F401 - fixtures


def test_more_changes_than_a_bundle_holds_are_cut_into_chained_bundles_in_order(db, key) -> None:  # noqa: F811
    for number in range(1, 8):
        _add_meeting(db, number)
    outbox = Outbox(db, lambda: NOW, max_changes=3)
    entries = outbox.cut_all(key, PROVINCE, "1.0.0")
    assert [_change_ids(outbox.data(e.id), key) for e in entries] == [[1, 2, 3], [4, 5, 6], [7]]
    assert [e.previous_hash for e in entries] == [frame.GENESIS_HASH, entries[0].file_hash, entries[1].file_hash]
    assert outbox.cut_all(key, PROVINCE, "1.0.0") == [] and not outbox.has_unsent_changes()


def test_a_bundle_stays_within_its_byte_budget_and_never_splits_a_change(db, key) -> None:  # noqa: F811
    for number in range(1, 6):
        _add_meeting(db, number)
    outbox = Outbox(db, lambda: NOW, max_change_bytes=1)  # smaller than any change: one change per bundle
    entries = outbox.cut_all(key, PROVINCE, "1.0.0")
    assert [_change_ids(outbox.data(e.id), key) for e in entries] == [[1], [2], [3], [4], [5]]
    budget = len(json.dumps({"changes": [{}]})) + 2 * 300
    outbox = Outbox(db, lambda: NOW, max_change_bytes=budget)
    for number in range(6, 12):
        _add_meeting(db, number)
    for entry in outbox.cut_all(key, PROVINCE, "1.0.0"):
        size = len(frame.verify(outbox.data(entry.id), public_keys={}, expected_province=PROVINCE,
                                expected_payload_type="progress", max_bytes=10**7, max_uncompressed=10**8,
                                attested_file_hash=entry.file_hash).parts["changes.json"])
        assert size <= budget or entry.first_change_id == entry.last_change_id


def test_the_province_cuts_less_than_the_center_accepts() -> None:
    assert Outbox(None, lambda: NOW).max_changes == CUT_CHANGES < MAX_CHANGES  # type: ignore[arg-type]
    assert Outbox(None, lambda: NOW).max_change_bytes == CUT_CHANGES_BYTES < MAX_CHANGES_BYTES  # type: ignore[arg-type]
