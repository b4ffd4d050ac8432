"""Removable media: pending bundles written to a folder, and the center's receipts read back from files.

Each bundle goes to a temporary name in the folder, is flushed and fsynced, renamed with ``os.replace``, the
folder fsynced, then read back and compared with its SHA-256: no partial file ever carries a final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.domain.byte_sizes import byte_size
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import describe_os_error, folder_problem
from desktop.store.audit import EXPORT_BUNDLE, record_event
from desktop.store.durable import fsync_folder
from desktop.sync import canonical, frame
from desktop.sync.errors import BadFrameError, BundleError, SyncError
from desktop.sync.outbox import Outbox, OutboxEntry, ResyncRequiredError
from desktop.sync.receipts import RECEIPT_MAX_BYTES
from desktop.sync.regular_files import read_regular
from desktop.tasks import NO_PROGRESS, TaskProgress

BUNDLE_SUFFIX = ".rasad-bundle"
_PROVINCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")


class ExportError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundle could not be written to {path} ({reason}).")


class FolderExportError(ExportError):
    """Nothing could be written in the folder chosen (read-only, full, missing, not allowed)."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The bundles could not be written: {problem}.")


class ReceiptFileError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The receipt file {path} could not be read ({reason}).")


class ReceiptFileTooLargeError(BundleError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "{path} is {size}, more than a receipt can be ({limit}): is it a bundle "
                                        "rather than its receipt?")


@dataclass(frozen=True)
class ReceiptImport:
    path: Path
    entry: OutboxEntry | None
    error: SyncError | None


def bundle_file_name(province: str, entry: OutboxEntry) -> str:
    return f"{province}-{entry.sequence:06d}-{entry.bundle_id}{BUNDLE_SUFFIX}"


def _province_of(data: bytes) -> str:
    """The province in our own bundle's header (the bytes were signed by us; the hash is checked later)."""
    start = len(frame.MAGIC) + frame.KEY_ID_LEN
    length = int.from_bytes(data[start: start + 4], "big")
    try:
        header = canonical.loads_canonical(data[start + 4: start + 4 + length])
    except canonical.CanonicalError as exc:
        raise BadFrameError(reason=exc.reason) from None
    province = header.get("province")
    if not isinstance(province, str) or not _PROVINCE.fullmatch(province):
        raise BadFrameError(reason="invalid province")
    return province


def write_verified(path: Path, data: bytes, expected_sha256: str) -> Path:
    """Write ``data`` to ``path`` atomically, then read it back and check its SHA-256."""
    folder = path.parent
    try:
        descriptor, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:  # the folder's fault (read-only, full, missing): said of the folder, not our file
        raise FolderExportError(problem=folder_problem(folder, exc)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise FolderExportError(problem=folder_problem(folder, exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    try:
        fsync_folder(folder)
        written = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise ExportError(path=str(path), reason=describe_os_error(exc)) from exc
    if written != expected_sha256:
        with contextlib.suppress(OSError):
            path.unlink()
        raise ExportError(path=str(path), reason="read-back SHA-256 mismatch")
    return path


def export_pending(outbox: Outbox, folder: Path | str, *, progress: TaskProgress = NO_PROGRESS) -> list[Path]:
    """Write every pending bundle into ``folder`` under its final name; returns the files, in sequence order.
    Bundles after one the center refused for good are not written (docs/bundles.md, "Recovery").

    ``progress`` counts the files; a cancel between two files keeps those already written (each is complete
    and verified) and raises TaskCancelled. The files written are one ``export.bundle`` event, recorded even
    when the export stops midway; files whose event cannot be recorded (a damaged or busy database) are removed
    again: no bundle leaves the office unrecorded."""
    folder = Path(folder)
    if outbox.resync_required():
        raise ResyncRequiredError()
    written: list[Path] = []
    outbox.reopen_retryable_refusals()
    refused = outbox.refused()  # nothing chained on a bundle refused for good: the center could not apply it
    pending = [e for e in outbox.pending() if refused is None or e.sequence < refused.sequence]
    try:
        for number, entry in enumerate(pending):
            progress.step(number, len(pending), "")
            data = outbox.data(entry.id)
            if frame.file_hash(data) != entry.file_hash:
                raise ExportError(path=str(folder), reason=f"bundle {entry.sequence} in the outbox is damaged")
            path = folder / bundle_file_name(_province_of(data), entry)
            written.append(write_verified(path, data, entry.file_hash))
        progress.step(len(pending), len(pending), "")
    finally:
        if written:
            _record_export(outbox, folder, written)
    return written


def _record_export(outbox: Outbox, folder: Path, written: list[Path]) -> None:
    try:
        with outbox.database.session() as session:
            record_event(session, outbox.database, EXPORT_BUNDLE,
                         f"{len(written)} bundle(s) to {folder}: " + ", ".join(p.name for p in written))
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def import_receipts(outbox: Outbox, files: Iterable[Path | str], center_public_key: Ed25519PublicKey,
                    province: str) -> list[ReceiptImport]:
    """Apply each receipt file; one bad file does not stop the others (its error is reported)."""
    results: list[ReceiptImport] = []
    for name in files:
        path = Path(name)
        try:
            data = read_regular(path, RECEIPT_MAX_BYTES + 1)
            if len(data) > RECEIPT_MAX_BYTES:  # its size, not the bytes read to see it is too large
                raise ReceiptFileTooLargeError(path=str(path), size=byte_size(path.stat().st_size),
                                               limit=byte_size(RECEIPT_MAX_BYTES))
            entry = outbox.apply_receipt(data, center_public_key, province)
        except OSError as exc:
            results.append(ReceiptImport(path, None, ReceiptFileError(path=str(path),
                                                                      reason=describe_os_error(exc))))
        except SyncError as exc:
            results.append(ReceiptImport(path, None, exc))
        else:
            results.append(ReceiptImport(path, entry, None))
    return results
