"""Fresh directives, the center's key rotation, and retired keys erased (issue 12, points 6 and 7).

The province talks to the center's real HTTP app (``TestClient``), as in tests/sync/test_service.py.
"""

# ruff: noqa: F811 - pytest fixtures imported from tests.sync.test_service are parameters here
from __future__ import annotations

from datetime import timedelta

import httpx2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.store.settings import set_setting
from desktop.sync import directive_content
from desktop.sync.center_rotation import CenterRotationError, center_rotation_record
from desktop.sync.directives import DirectiveInbox, fetch_directives
from desktop.sync.freshness import STALE_AFTER_SETTING
from desktop.sync.keys import fingerprint
from desktop.sync.listing import ListingError, make_listing
from tests.sync.test_service import (  # noqa: F401
    NOW,
    PASSPHRASE,
    PROVINCE,
    URL,
    _link,
    _real_center,
    _record_meeting,
    center,
    clock,
    db,
    sync,
)

DEADLINE = directive_content.from_json({"note": "", "programs": [], "indicator_targets": [], "deadlines": [
    {"code": "H1", "title": "گزارش", "due_on": "2026-12-20", "note": ""}]})


def test_a_verified_listing_sets_the_freshness_and_it_goes_stale_after_the_set_days(sync, db, center, tmp_path,
                                                                                   clock) -> None:
    _link(sync, center, tmp_path)
    real = _real_center(db, clock, center)
    assert real.directive_freshness().stale and real.directive_freshness().listing_at is None  # never asked
    _record_meeting(db, 1)
    assert real.send_now(PASSPHRASE).report.failed == 0
    fresh = real.directive_freshness()
    assert fresh.listing_at == NOW and not fresh.stale
    clock.now = NOW + timedelta(days=8)  # nothing heard for 8 days: more than the default 7
    assert real.directive_freshness().stale
    with db.session() as session:
        set_setting(session, STALE_AFTER_SETTING, 10)
    assert not real.directive_freshness().stale


def test_automatic_retries_without_the_passphrase_do_not_refresh_the_listing(sync, db, center, tmp_path,
                                                                            clock) -> None:
    _link(sync, center, tmp_path)
    real = _real_center(db, clock, center)
    report = real.send_due()  # the window's automatic retry: no passphrase, so no signed request
    assert report.failed == 0 and "passphrase" in report.error
    assert real.directive_freshness().listing_at is None


def _inbox_and_client(db, clock, handler):
    return DirectiveInbox(db, clock), httpx2.Client(transport=httpx2.MockTransport(handler))


def test_a_listing_not_signed_by_the_pinned_key_or_naming_another_file_is_refused(sync, db, center, tmp_path,
                                                                                 clock) -> None:
    _link(sync, center, tmp_path)
    issued = center.service.issue_directive(PROVINCE, DEADLINE)
    key = Ed25519PrivateKey.generate()
    impostor = Ed25519PrivateKey.generate()

    def forged(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=make_listing(impostor, PROVINCE, 0, NOW, []))

    inbox, client = _inbox_and_client(db, clock, forged)
    with pytest.raises(ListingError):
        fetch_directives(inbox, client, URL, center.service.public_key, PROVINCE, key)
    assert sync.directive_freshness().listing_at is None

    from desktop.sync.listing import ListedDirective

    def swapped(request: httpx2.Request) -> httpx2.Response:  # a genuine listing; its hash names another file
        if request.url.path.endswith("/directives"):
            return httpx2.Response(200, content=make_listing(center.service.center_key, PROVINCE, 0, NOW, [
                ListedDirective(1, issued.bundle_id, "0" * 64)]))
        return httpx2.Response(200, content=issued.data)

    inbox, client = _inbox_and_client(db, clock, swapped)
    with pytest.raises(ListingError):
        fetch_directives(inbox, client, URL, center.service.public_key, PROVINCE, key)
    assert inbox.head()[0] == 0  # nothing applied


def test_a_replayed_older_listing_never_moves_the_freshness_back(sync, db, center, tmp_path, clock) -> None:
    _link(sync, center, tmp_path)
    key = Ed25519PrivateKey.generate()
    old = make_listing(center.service.center_key, PROVINCE, 0, NOW - timedelta(days=30), [])
    new = make_listing(center.service.center_key, PROVINCE, 0, NOW, [])
    for listing in (new, old):
        inbox, client = _inbox_and_client(db, clock,
                                          lambda request, data=listing: httpx2.Response(200, content=data))
        fetch_directives(inbox, client, URL, center.service.public_key, PROVINCE, key)
    assert sync.directive_freshness().listing_at == NOW
    future = make_listing(center.service.center_key, PROVINCE, 0, NOW + timedelta(days=300), [])
    inbox, client = _inbox_and_client(db, clock, lambda request: httpx2.Response(200, content=future))
    with pytest.raises(ListingError):  # a listing dated ahead would silence the warning for months
        fetch_directives(inbox, client, URL, center.service.public_key, PROVINCE, key)


def test_the_province_follows_a_center_key_rotation_signed_by_the_pinned_key(sync, db, center, tmp_path,
                                                                            clock) -> None:
    _link(sync, center, tmp_path)
    old_id = fingerprint(center.service.public_key)
    new_key = Ed25519PrivateKey.generate()
    center.service.rotate_center_key(new_key)
    center.service.center_key = new_key  # the center is restarted with its new key
    _record_meeting(db, 1)
    result = _real_center(db, clock, center).send_now(PASSPHRASE)
    assert (result.report.acknowledged, result.report.failed) == (1, 0)  # the receipt verified with the new key
    assert sync.status().link.center_key_id == fingerprint(new_key.public_key()) != old_id


def test_a_center_key_rotation_not_signed_by_the_pinned_key_is_refused_and_the_pin_stays(sync, db, center,
                                                                                        tmp_path, clock) -> None:
    _link(sync, center, tmp_path)
    pinned = sync.status().link.center_key_id
    stranger, attacker = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    # a record made by a stranger's key, edited to name the pinned key as the old one
    forged_text = center_rotation_record(stranger, attacker, NOW).replace(fingerprint(stranger.public_key()).encode(), pinned.encode())

    def handler(request: httpx2.Request) -> httpx2.Response:
        import base64

        return httpx2.Response(200, json=[base64.b64encode(forged_text).decode("ascii")])

    with httpx2.Client(transport=httpx2.MockTransport(handler)) as client, pytest.raises(CenterRotationError):
        sync.link_service.follow_center_rotations(client, URL)
    assert sync.status().link.center_key_id == pinned
    _record_meeting(db, 1)

    # through the window's send as well: nothing is sent while the record is refused
    from keyring.backends import fail as fail_backend

    from desktop.sync.service import SyncService

    report = SyncService(db, clock, keyring_backend=fail_backend.Keyring(),
                         http_client=lambda: httpx2.Client(transport=httpx2.MockTransport(handler))
                         ).send_now(PASSPHRASE).report
    assert report.failed == 1 and "center key" in report.error
    assert [e.state for e in sync.status().entries] == ["waiting"]


def test_a_retired_province_key_is_erased_once_the_center_has_its_rotation(sync, db, center, tmp_path,
                                                                          clock) -> None:
    from desktop.sync.rotation import rotate

    _link(sync, center, tmp_path)
    real = _real_center(db, clock, center)
    store = real._store(PROVINCE)
    rotation = rotate(db, store, PROVINCE, PASSPHRASE)
    retired = store.fallback.retired_path(rotation.old_key_id)
    assert retired.exists()  # kept until the center has the record
    center.down = True
    _record_meeting(db, 1)
    assert real.send_now(PASSPHRASE).report.failed == 0
    assert not retired.exists()
    assert [p.name for p in tmp_path.iterdir() if ".retired-" in p.name] == []


def test_a_receipt_stored_before_the_center_key_rotation_is_signed_again_for_a_resend(sync, db, center, tmp_path,
                                                                                     clock) -> None:
    _link(sync, center, tmp_path)
    _record_meeting(db, 1)
    entry = sync.cut(PASSPHRASE)
    center.service.ingest(sync.outbox.data(entry.id))  # applied, but the answer never reached the province
    new_key = Ed25519PrivateKey.generate()
    center.service.rotate_center_key(new_key)
    center.service.center_key = new_key
    result = _real_center(db, clock, center).send_now(PASSPHRASE)
    assert (result.report.acknowledged, result.report.failed) == (1, 0)  # the stored receipt, signed anew
    assert [e.state for e in sync.status().entries] == ["acknowledged"]


def test_a_province_whose_clock_is_off_is_told_why_the_center_refused_its_request(sync, db, center, tmp_path,
                                                                                 clock) -> None:
    from fastapi.testclient import TestClient

    from desktop.center.app import create_app
    from desktop.sync.request_auth import RequestRefusedError

    _link(sync, center, tmp_path)
    key = sync._store(PROVINCE).load(PASSPHRASE)
    skewed = DirectiveInbox(db, lambda: NOW + timedelta(minutes=10))  # the center's clock says NOW
    with pytest.raises(RequestRefusedError) as refused:
        fetch_directives(skewed, TestClient(create_app(center.service), base_url=URL), URL,
                         center.service.public_key, PROVINCE, key)
    assert "time" in refused.value.english()
    fetch_directives(DirectiveInbox(db, clock), TestClient(create_app(center.service), base_url=URL), URL,
                     center.service.public_key, PROVINCE, key)  # with the right time it is answered
