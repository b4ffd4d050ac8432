"""Sending the outbox to the center over HTTPS (issue 4, "Sending").

Due bundles go in sequence order, each as its exact bytes. A bundle is settled only by a receipt that verifies
against the pinned center key (:meth:`Outbox.apply_receipt`); a network error, a 5xx or any other non-200
answer, or an unverifiable answer schedules a retry with backoff and stops the run (later bundles must not
overtake an earlier one). A HELD verdict leaves the bundle 'sent' (the center keeps it until the gap fills).
A RETRY verdict (a refusal the province cannot cause: desktop/sync/refusals.py) keeps the bundle pending with
the same back-off and stops the run. A final refusal (REJECTED) stops everything: nothing after the refused
bundle is sent until the province recovers (``Outbox.recut``), because the center could not apply it anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import httpx2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import bounded_http
from desktop.sync.errors import SyncError
from desktop.sync.outbox import Outbox, ReceiptForAnotherBundleError, ResyncRequiredError
from desktop.sync.receipts import RECEIPT_MAX_BYTES, Verdict

_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class CenterUnreachableError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center could not be reached ({reason}).")


class CenterStatusError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center answered bundle {sequence} with HTTP status {status} instead of "
                                        "a receipt; nothing was settled.")


class UntrustedAnswerError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's answer to bundle {sequence} is not a receipt of it signed by "
                                        "the center's key; nothing was settled.")


class InsecureCenterUrlError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center address {url} is refused: only https is allowed "
                                        "(or http to this computer).")


def check_center_url(url: str) -> str:
    """``url`` without a trailing slash; InsecureCenterUrlError unless https, or http to 127.0.0.1/localhost."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        raise InsecureCenterUrlError(url=url) from None
    if not host or parts.username or parts.password or parts.query or parts.fragment:
        raise InsecureCenterUrlError(url=url)
    if parts.scheme == "https" or (parts.scheme == "http" and host in _LOCAL_HOSTS):
        return url.rstrip("/")
    raise InsecureCenterUrlError(url=url)


@dataclass(frozen=True)
class SendReport:
    sent: int  # bundles posted that reached the center with a verified answer (acknowledged, rejected or held)
    acknowledged: int
    rejected: int
    failed: int  # 0 or 1: the run stops at the first failure
    next_attempt_at: datetime | None  # when the failed (or deferred) bundle is due again
    error: str = ""  # English reason of the failure, for logs
    deferred: int = 0  # 0 or 1: a retryable refusal stopped the run; the bundle is sent again later
    refused_sequence: int | None = None  # a bundle the center refused for good blocks the outbox (the alarm)
    refused_reason: str = ""  # the center's reason for it (English; desktop/sync/refusals.py reads it)
    problem: SyncError | None = None  # the failure as a message the user reads (``error`` is its English detail)

    @property
    def blocked(self) -> bool:
        return self.refused_sequence is not None


class Sender:
    def __init__(self, outbox: Outbox, client: httpx2.Client, center_url: str,
                 center_public_key: Ed25519PublicKey, province: str, clock: Callable[[], datetime], *,
                 deadline: float | None = None) -> None:
        self.outbox = outbox
        self.client = client
        self.center_url = check_center_url(center_url)
        self.center_public_key = center_public_key
        self.province = province
        self.clock = clock
        self.deadline = deadline  # seconds for one post; None: bounded_http.upload_deadline of its size

    def send_due(self, *, now_anyway: bool = False) -> SendReport:
        """Send the pending bundles in order whose retry time has come; ``now_anyway`` (the user pressed Send)
        ignores the back-off of the first one."""
        if self.outbox.resync_required():
            raise ResyncRequiredError()
        self.outbox.reopen_retryable_refusals()
        sent = acknowledged = rejected = 0
        now = self.clock()
        refused = self.outbox.refused()
        for entry in self.outbox.pending():  # not outbox.due(): a later bundle never overtakes a waiting one
            if refused is not None and entry.sequence > refused.sequence:
                break  # chained on a bundle the center refused for good: it could not be applied either
            if not now_anyway and entry.next_attempt_at is not None and entry.next_attempt_at > now:
                break
            data = self.outbox.data(entry.id)
            try:
                answer = self._post(data)
                settled, verdict = self.outbox.settle(answer, self.center_public_key, self.province, answering=entry)
            except (httpx2.HTTPError, _BadAnswer, SyncError) as error:
                retry = self.outbox.schedule_retry(entry.id, self.clock())
                reason = error.english() if isinstance(error, SyncError) else f"{type(error).__name__}: {error}"
                return self._report(sent, acknowledged, rejected, 1, retry.next_attempt_at, reason,
                                    problem=_problem(error, entry.sequence))
            sent += 1
            if settled.state == "acknowledged":
                acknowledged += 1
            elif settled.state == "rejected":
                rejected += 1
                break  # later bundles chain on this one: the center cannot accept them either
            elif verdict is Verdict.RETRY:
                retry = self.outbox.schedule_retry(entry.id, self.clock())
                return self._report(sent, acknowledged, rejected, 0, retry.next_attempt_at, settled.reason,
                                    deferred=1)
            else:  # held: count the attempt, wait for the center to fill the gap
                self.outbox.mark_held(entry.id, self.clock())
        return self._report(sent, acknowledged, rejected, 0, None)

    def _report(self, sent: int, acknowledged: int, rejected: int, failed: int, next_attempt_at: datetime | None,
                error: str = "", *, deferred: int = 0, problem: SyncError | None = None) -> SendReport:
        refused = self.outbox.refused()
        return SendReport(sent, acknowledged, rejected, failed, next_attempt_at, error, deferred,
                          refused.sequence if refused else None, refused.reason if refused else "", problem)

    def _post(self, data: bytes) -> bytes:
        # the receipt is read with a hard byte limit and the whole post has one deadline (bounded_http)
        response = bounded_http.request(self.client, "POST", f"{self.center_url}/bundles", content=data,
                                        max_bytes=RECEIPT_MAX_BYTES,
                                        deadline_seconds=self.deadline or bounded_http.upload_deadline(len(data)),
                                        headers={"content-type": "application/octet-stream"})
        if response.status_code != 200:
            raise _BadAnswer(response.status_code)
        return response.content


class _BadAnswer(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


def _network_reason(error: httpx2.HTTPError) -> str:
    """What went wrong on the way, as a reason code (desktop/sync/reason_codes.py): the library's own words
    follow it, for the log and English only."""
    detail = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if isinstance(error, httpx2.TimeoutException):
        return f"no answer in time: {detail}"
    if isinstance(error, httpx2.ConnectError):
        return f"could not connect: {detail}"
    return f"network error: {detail}"


def _problem(error: Exception, sequence: int) -> SyncError:
    """What the user reads about a failed post: the answer is named as an answer (a forged or garbled receipt
    had been called "the bundle file is damaged"), the network's own words kept as a field."""
    if isinstance(error, ReceiptForAnotherBundleError):
        return error
    if isinstance(error, _BadAnswer):
        return CenterStatusError(sequence=sequence, status=error.status)
    if isinstance(error, httpx2.HTTPError):
        return CenterUnreachableError(reason=_network_reason(error))
    return UntrustedAnswerError(sequence=sequence)

