"""A center that holds no more of a province's bundles ahead of a gap answers RETRY (desktop/center/holding.py):
the province keeps the bundle pending, sends nothing after it, and delivers everything in order once the gap is
filled — nothing is lost and nothing is blocked for good."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import httpx2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.center.holding import HeldLimits
from desktop.center.receipts import verdict_of
from desktop.center.service import CenterService
from desktop.store.models import Meeting
from desktop.sync.keys import export_public
from desktop.sync.outbox import Outbox
from desktop.sync.refusals import HELD_FULL, recognise
from desktop.sync.sender import Sender
from tests.sync.sending_support import NOW, PROVINCE, URL


def _center(path: Path, key: Ed25519PrivateKey, province_key: Ed25519PrivateKey, clock,
            held: HeldLimits | None = None) -> CenterService:
    service = CenterService(f"sqlite:///{path}", key, clock, held=held)
    service.register_province(PROVINCE, "قم", export_public(province_key.public_key()))
    return service


def test_a_center_that_holds_no_more_gets_the_bundle_again_after_the_gap_is_filled(tmp_path, db, clock) -> None:
    province_key, center_key = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    outbox = Outbox(db, clock)
    for n in range(4):
        with db.session() as session:
            session.add(Meeting(number=100 + n, held_on=date(2025, 5, 1), title=f"جلسه {n}", location="تالار"))
        assert outbox.cut(province_key, PROVINCE, "0.1.0") is not None
    first, *later = outbox.entries()
    # the center acknowledged bundle 1, then was restored from a backup taken before it: it forgot it
    before = _center(tmp_path / "before.db", center_key, province_key, clock)
    outbox.apply_receipt(before.ingest(outbox.data(first.id)), before.public_key, PROVINCE)
    before.close()
    restored = _center(tmp_path / "restored.db", center_key, province_key, clock, HeldLimits(max_count=1))
    posted: list[int] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        posted.append(next(e.sequence for e in outbox.entries() if outbox.data(e.id) == request.content))
        return httpx2.Response(200, content=restored.ingest(request.content))

    sender = Sender(outbox, httpx2.Client(transport=httpx2.MockTransport(handler)), URL, restored.public_key,
                    PROVINCE, clock)
    report = sender.send_due()
    assert posted == [2, 3]  # 2 is held; 3 is not taken now and 4, chained on it, is not sent
    assert (report.deferred, report.failed, report.blocked) == (1, 0, False)
    assert recognise(report.error).message == HELD_FULL
    states = {e.sequence: (e.state, e.attempts) for e in outbox.entries()}
    assert states == {1: ("acknowledged", 0), 2: ("sent", 1), 3: ("waiting", 1), 4: ("waiting", 0)}

    assert verdict_of(restored.ingest(outbox.data(first.id)))[0] == "accepted"  # bundle 1 again, from media
    assert restored.status()[0].last_sequence == 2  # ... and the held 2 after it
    clock.now = NOW + timedelta(hours=2)  # past every back-off
    posted.clear()
    report = sender.send_due()
    assert posted == [2, 3, 4] and report.acknowledged == 3
    assert [e.state for e in outbox.entries()] == ["acknowledged"] * 4
    assert restored.status()[0].last_sequence == 4
    restored.close()
