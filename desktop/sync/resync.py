"""Bringing a restored database's bundle chain up to date from the center (issue 6, "Backup and restore").

A backup is older than what the center may already hold: bundles cut and acknowledged after it are gone from
the restored outbox, and the change-log ids after it will be handed out again. Sending from such a database
would fork the chain. So a restore marks the database (``RESYNC_REQUIRED_KEY``, with the last change id of
the backup) and nothing is cut, sent or exported until :func:`apply_center_chain` has taken back, from the
center, every bundle it applied for this province with its signed receipt:

* each receipt is verified with the pinned center key, and each bundle must be exactly the file the receipt
  names (``frame.verify(..., attested_file_hash=...)``); the bundles must form one chain;
* a bundle the restored outbox already has must be byte-identical (else the chain has diverged: refused);
  a missing one is stored as acknowledged, with its receipt;
* the chain must reach the furthest bundle the province knows the center acknowledged — its own acknowledged
  bundles, and the one a restore noted from the replaced database (``ACKNOWLEDGED_BEFORE_RESTORE_KEY``) — and
  hold exactly that bundle there: an empty or old folder, a page cut short or a chain that does not lead to
  the province's receipt is refused (``ChainBehindError``, ``ChainDivergedError``) and the mark stays;
* the change-id offset moves so that the changes made after the backup get bundle ids above the last one the
  center has (they are sent in the next bundle);
* the rows the taken-back bundles changed that the center holds otherwise than this database does (changes the
  restore lost) get a correction in the change log, sent in the next bundle: the row as it is here, or its
  delete (desktop/sync/corrections.py); then the mark is removed. All in one transaction.

The chain comes over HTTPS (``GET /provinces/{code}/chain``, a request signed with the province's key) or from
a folder the center exported (``python -m desktop.center export-chain``).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database
from desktop.store.models import OutboxBundle
from desktop.store.settings import (
    ACKNOWLEDGED_BEFORE_RESTORE_KEY,
    CHANGE_ID_OFFSET_KEY,
    RESYNC_REQUIRED_KEY,
    delete_setting,
    get_setting,
    set_setting,
)
from desktop.sync import bounded_http, frame
from desktop.sync.corrections import correct_center
from desktop.sync.errors import BundleError
from desktop.sync.outbox import chain_head
from desktop.sync.receipts import RECEIPT_MAX_BYTES, Verdict, read_receipt
from desktop.sync.regular_files import read_regular
from desktop.sync.request_auth import RequestRefusedError, signed_headers

MAX_BUNDLE_BYTES = 64 * 1024 * 1024
MAX_UNCOMPRESSED = 256 * 1024 * 1024
#: A page of the chain holds at most CHAIN_PAGE_ROWS bundles and 64 MiB of bundles (the center stops before a
#: bundle that would pass it, always giving at least one), which base64 and JSON make at most this large.
CHAIN_PAGE_ROWS = 20
CHAIN_PAGE_BUNDLE_BYTES = 64 * 1024 * 1024
CHAIN_PAGE_MAX_BYTES = (CHAIN_PAGE_BUNDLE_BYTES + CHAIN_PAGE_ROWS * RECEIPT_MAX_BYTES) * 4 // 3 + 64 * 1024
#: The bundles and receipts a resync holds at most (they are checked as a whole before any is applied): a center,
#: or anything in its place, answering page after page for ever stops here instead of filling the memory.
CHAIN_MAX_BYTES = 2 * 1024 * 1024 * 1024
BUNDLE_SUFFIX = ".rasad-bundle"
RECEIPT_SUFFIX = ".receipt"


class ChainDivergedError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Bundle {sequence} held by the center differs from this database's; the "
                                        "chain cannot be brought up to date automatically.")


class ChainGapError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's chain for this province is incomplete at bundle {sequence}.")


class ChainBehindError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The chain given back ends at bundle {got}, but the center has already "
                                        "acknowledged bundle {known} to this province: it was not taken back (an "
                                        "empty or old folder, or an answer cut short). Nothing is sent until it "
                                        "is; export the chain at the center again (export-chain), or sync when "
                                        "the center can be reached.")


class BadChainAnswerError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's answer to the request for this province's chain is not a "
                                        "page of the chain ({reason}).")


@dataclass(frozen=True)
class ChainItem:
    """One applied bundle as the center holds it, with the center's signed receipt for it."""

    bundle: bytes
    receipt: bytes


@dataclass(frozen=True)
class ResyncResult:
    taken_back: int  # bundles the restored outbox did not have, now stored as acknowledged
    confirmed: int  # bundles it had, now known to be acknowledged
    head_sequence: int
    change_id_offset: int
    corrected: int = 0  # rows the center holds otherwise than this database: the next bundle corrects them


def resync_required(database: Database) -> bool:
    with database.session() as session:
        return bool(get_setting(session, RESYNC_REQUIRED_KEY))


def apply_center_chain(database: Database, items: Iterable[ChainItem], center_key: Ed25519PublicKey,
                       province: str, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> ResyncResult:
    """Take the center's chain back into the outbox (see the module docstring); BundleError if it is not valid."""
    checked = sorted((_check(item, center_key, province) for item in items), key=lambda c: c[0].sequence)
    now = clock()
    with database.session() as session:
        mark = get_setting(session, RESYNC_REQUIRED_KEY) or {}
        offset = int(get_setting(session, CHANGE_ID_OFFSET_KEY, 0) or 0)
        known_sequence, known_hash = _known_acknowledged(session)
        previous = frame.GENESIS_HASH
        taken = confirmed = 0
        last_change = None
        chain: list[list[dict]] = []  # every bundle's changes, in chain order
        taken_back: list[list[dict]] = []  # those of the bundles this database did not have
        for expected, (verified, item) in enumerate(checked, start=1):
            if verified.sequence != expected or verified.header["previous_hash"] != previous:
                raise ChainGapError(sequence=expected)
            if verified.sequence == known_sequence and verified.file_hash != known_hash:
                raise ChainDivergedError(sequence=known_sequence)
            previous = verified.file_hash
            changes = json.loads(verified.parts["changes.json"])["changes"]
            chain.append(changes)
            ids = [change["id"] for change in changes]
            last_change = max(ids) if ids else last_change
            row = session.scalar(select(OutboxBundle).where(OutboxBundle.sequence == verified.sequence))
            if row is not None:
                if row.file_hash != verified.file_hash:
                    raise ChainDivergedError(sequence=verified.sequence)
                if row.state != "acknowledged":
                    row.state, row.reason, row.receipt = "acknowledged", "", item.receipt
                    row.acknowledged_at, row.next_attempt_at = now, None
                    confirmed += 1
                continue
            session.add(OutboxBundle(
                bundle_id=verified.header["bundle_id"], sequence=verified.sequence, payload_type="progress",
                file_hash=verified.file_hash, previous_hash=verified.header["previous_hash"],
                created_at=datetime.strptime(verified.header["created_at"], frame.CREATED_AT_FORMAT).replace(
                    tzinfo=UTC),
                size_bytes=len(item.bundle), first_change_id=min(ids) if ids else 0,
                last_change_id=max(ids) if ids else 0, state="acknowledged", reason="", attempts=0,
                acknowledged_at=now, receipt=item.receipt, data=item.bundle))
            taken_back.append(changes)
            taken += 1
        if len(checked) < known_sequence:
            raise ChainBehindError(got=len(checked), known=known_sequence)
        session.flush()
        head = chain_head(session)
        local_rows_after = session.scalar(select(OutboxBundle).where(OutboxBundle.sequence > len(checked))
                                          .order_by(OutboxBundle.sequence).limit(1))
        if local_rows_after is not None and checked and local_rows_after.previous_hash != previous:
            raise ChainDivergedError(sequence=local_rows_after.sequence)
        boundary = int(mark.get("change_id_boundary", 0)) if isinstance(mark, dict) else 0
        if last_change is not None and last_change > boundary + offset:
            # the changes made after the backup must get ids above every id the center has seen
            offset = last_change - boundary
            set_setting(session, CHANGE_ID_OFFSET_KEY, offset)
        # the center applied the taken-back bundles; what of them this database no longer has is corrected
        corrected = correct_center(session, chain, taken_back, head.last_change_id - offset, offset,
                                   session.info.get("user_name") or database.user_name,
                                   session.info.get("user_login") or database.user_login) if taken_back else 0
        delete_setting(session, RESYNC_REQUIRED_KEY)
        delete_setting(session, ACKNOWLEDGED_BEFORE_RESTORE_KEY)  # the outbox holds that bundle acknowledged now
        return ResyncResult(taken_back=taken, confirmed=confirmed, head_sequence=head.sequence,
                            change_id_offset=offset, corrected=corrected)


def _known_acknowledged(session) -> tuple[int, str]:  # noqa: ANN001
    """The furthest bundle the center is known to have acknowledged to this province (0 and "" when none): the
    outbox's own last acknowledged bundle, or the one a restore noted from the database it replaced."""
    row = session.scalars(select(OutboxBundle).where(OutboxBundle.state == "acknowledged")
                          .order_by(OutboxBundle.sequence.desc()).limit(1)).first()
    known = (row.sequence, row.file_hash) if row is not None else (0, "")
    noted = get_setting(session, ACKNOWLEDGED_BEFORE_RESTORE_KEY)
    if isinstance(noted, dict) and isinstance(noted.get("sequence"), int) and noted["sequence"] > known[0]:
        known = (noted["sequence"], str(noted.get("file_hash", "")))
    return known


def _check(item: ChainItem, center_key: Ed25519PublicKey, province: str) -> tuple[frame.VerifiedBundle, ChainItem]:
    receipt = read_receipt(item.receipt, center_key, province)
    if receipt.verdict not in (Verdict.ACCEPTED, Verdict.DUPLICATE):
        raise ChainGapError(sequence=receipt.sequence)
    verified = frame.verify(item.bundle, public_keys={}, expected_province=province,
                            expected_payload_type="progress", max_bytes=MAX_BUNDLE_BYTES,
                            max_uncompressed=MAX_UNCOMPRESSED, attested_file_hash=receipt.file_hash)
    if verified.sequence != receipt.sequence or verified.header["bundle_id"] != receipt.bundle_id:
        raise ChainGapError(sequence=receipt.sequence)
    return verified, item


# -- where the chain comes from ---------------------------------------------------------------------------

def fetch_center_chain(client: httpx2.Client, center_url: str, province: str, signing_key: Ed25519PrivateKey,
                       clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                       deadline_seconds: float = 300.0) -> list[ChainItem]:
    """Every bundle the center applied for ``province``, with its receipt, page by page (each page a signed
    request, read with a hard byte limit and a total deadline)."""
    items: list[ChainItem] = []
    after = held = 0
    while True:
        url = f"{center_url}/provinces/{province}/chain?after={after}"
        response = bounded_http.request(
            client, "GET", url, max_bytes=CHAIN_PAGE_MAX_BYTES, deadline_seconds=deadline_seconds,
            headers=signed_headers(signing_key, "GET", url, int(clock().timestamp())))
        if response.status_code == 401:
            raise RequestRefusedError()
        if response.status_code != 200:
            raise httpx2.HTTPStatusError(f"HTTP {response.status_code}", request=httpx2.Request("GET", url),
                                         response=httpx2.Response(response.status_code))
        try:
            page = json.loads(response.content)
        except ValueError:
            raise BadChainAnswerError(reason="not JSON") from None
        if not isinstance(page, list):  # a bad answer, not the end of the chain
            raise BadChainAnswerError(reason="not a list")
        if len(page) > CHAIN_PAGE_ROWS:
            raise BadChainAnswerError(reason=f"{len(page)} bundles in one page")
        if not page:
            return items  # the end of the chain as the center tells it; apply_center_chain checks it is far enough
        for entry in page:
            try:
                bundle = base64.b64decode(entry["bundle"], validate=True)
                receipt = base64.b64decode(entry["receipt"], validate=True)
                sequence = int(entry["sequence"])
            except (KeyError, TypeError, ValueError):
                raise BadChainAnswerError(reason=f"entry after bundle {after}") from None
            if len(bundle) > MAX_BUNDLE_BYTES or len(receipt) > RECEIPT_MAX_BYTES or sequence <= after:
                raise ChainGapError(sequence=sequence)
            held += len(bundle) + len(receipt)
            if held > CHAIN_MAX_BYTES:
                raise BadChainAnswerError(reason=f"more than {CHAIN_MAX_BYTES // (1024 * 1024)} MiB of bundles")
            items.append(ChainItem(bundle, receipt))
            after = sequence


def read_chain_folder(folder: Path) -> list[ChainItem]:
    """The files ``python -m desktop.center export-chain`` wrote: each bundle beside its ``.receipt``. A folder
    that does not exist is an OSError (FileNotFoundError); an empty one is an empty chain, which
    :func:`apply_center_chain` refuses when the center is known to hold more."""
    if not Path(folder).is_dir():
        raise FileNotFoundError(2, "No such folder", str(folder))
    items = []
    for path in sorted(Path(folder).glob(f"*{BUNDLE_SUFFIX}")):
        receipt = path.with_name(path.name + RECEIPT_SUFFIX)
        items.append(ChainItem(read_regular(path, MAX_BUNDLE_BYTES + 1), read_regular(receipt, RECEIPT_MAX_BYTES + 1)))
    return items
