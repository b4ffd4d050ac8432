"""Sending over HTTPS (SyncService's online use cases): the bundles already in the outbox sent (the automatic
retry), then the center asked for new directives; and, after a restore, the province's chain taken back from the
center. Each function opens one HTTP client with ``open_client()`` and closes it before it returns; the link
it is given is already checked (address, pinned center key and province all set). ``store_of(province)`` is the
province's key store (the service keeps one per province)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.store.database import Database
from desktop.sync.center_link import CenterLink, CenterLinkService
from desktop.sync.errors import SyncError
from desktop.sync.key_store import KeyStore
from desktop.sync.outbox import Outbox, retry_delay

if TYPE_CHECKING:
    import httpx2

    from desktop.sync.resync import ResyncResult
    from desktop.sync.sender import SendReport


def send_due(database: Database, clock: Callable[[], datetime], outbox: Outbox, link_service: CenterLinkService,
             store_of: Callable[[str], KeyStore], open_client: Callable[[], httpx2.Client], link: CenterLink, *,
             now_anyway: bool, passphrase: str | None) -> SendReport:
    """Send the bundles already in the outbox (no key needed). Then ask the center for new directives — a request
    signed with the province's key, so only when the key opens without asking (a secure keyring, or
    ``passphrase`` given); otherwise that part is skipped and said in the report."""
    import httpx2

    from desktop.sync.directives import DirectiveInbox, fetch_directives
    from desktop.sync.rotation import deliver_rotations, pending_rotations
    from desktop.sync.sender import Sender, SendReport

    client = open_client()
    url, province = link.url or "", link.province or ""
    try:
        try:
            # the center's own key first: its receipts are signed with the key it uses now
            link_service.follow_center_rotations(client, url)
        except httpx2.HTTPError:
            pass  # unreachable: the post below fails too and schedules the bundle's retry
        except SyncError as error:  # a record not signed by the pinned key: refused, nothing is sent
            return SendReport(0, 0, 0, 1, clock() + retry_delay(1), f"center key: {error.english()}")
        center_key = link_service.center_key()
        try:
            deliver_rotations(database, client, url, province, store_of(province))
        except httpx2.HTTPError as error:
            return SendReport(0, 0, 0, 1, clock() + retry_delay(1), f"key rotation: {error}")
        if pending_rotations(database):
            # bundles signed with a key the center does not know yet would be refused: wait for the record
            return SendReport(0, 0, 0, 1, clock() + retry_delay(1), "key rotation record not delivered")
        report = Sender(outbox, client, url, center_key, province, clock).send_due(now_anyway=now_anyway)
        if not report.failed:
            store = store_of(province)
            if not store.uses_keyring and not passphrase:
                return _with_directive_note(
                    report, "directives: the signing key's passphrase is needed to ask the center")
            try:
                fetch_directives(DirectiveInbox(database, clock), client, url, center_key, province,
                                 store.load(passphrase))
            except (httpx2.HTTPError, ValueError, SyncError) as error:
                # the bundles went through; a directive problem is reported on its own next time
                return _with_directive_note(report, f"directives: {error}")
        return report
    finally:
        client.close()


def resync(database: Database, clock: Callable[[], datetime], link_service: CenterLinkService,
           store_of: Callable[[str], KeyStore], open_client: Callable[[], httpx2.Client], link: CenterLink,
           passphrase: str | None) -> ResyncResult:
    """After a restore: take the province's chain back from the center (a request signed with its key)."""
    from desktop.sync.request_auth import RequestRefusedError
    from desktop.sync.resync import apply_center_chain, fetch_center_chain
    from desktop.sync.rotation import deliver_rotations, signed_request_refused

    province = link.province or ""
    store = store_of(province)
    key = store.load(passphrase)
    client = open_client()
    try:
        # the request is signed with the current key: a rotation the center has not had yet goes first
        deliver_rotations(database, client, link.url or "", province, store)
        items = fetch_center_chain(client, link.url or "", province, key, clock)
    except RequestRefusedError:
        raise signed_request_refused(database) from None
    finally:
        client.close()
    return apply_center_chain(database, items, link_service.center_key(), province, clock)


def _with_directive_note(report: SendReport, note: str) -> SendReport:
    """``report`` with a note about the directive request — keeping what the send said (a deferred bundle's or
    a final refusal's reason and fields, issue 12 part A), which matters more than the directives."""
    return report if report.error else replace(report, error=note)
